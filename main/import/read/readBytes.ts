// Reads a member CSV that is already in memory (the app sends the file's bytes). Owns nothing
// but the order of steps; must never throw on bad input — problems and fatal carry the reason.
import { TextDecoder } from 'node:util';
import { chooseEncoding, createDecoder, detectBom } from './decode';
import { TextPipeline } from './pipeline';
import { failedRead } from './failedRead';
import type { ReadOptions, ReadResult } from './types';

export function readMembersCsv(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  try {
    const choice = chooseEncoding(detectBom(bytes), opts.encoding, () => isUtf8(bytes));
    const text = createDecoder(choice.encoding).decode(bytes.subarray(choice.skipBytes));
    const pipeline = new TextPipeline(choice, opts);
    pipeline.push(text);
    return pipeline.end(bytes.length === 0);
  } catch (err) {
    return failedRead(err, opts);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
