// Reads a member CSV chunk by chunk (the CLI, files of 100 MB): bytes go through the decoder and
// the parser in chunks and never become one string. Without a BOM the bytes are read once more
// up front to check UTF-8 validity, so the result equals readMembersCsv on the same bytes.
import { Utf8Validator, chooseEncoding, createDecoder, detectBom } from './decode';
import { TextPipeline } from './pipeline';
import { failedRead } from './failedRead';
import type { ReadOptions, ReadResult } from './types';

/** Opens the byte source from a byte offset; called up to three times (head, validity, read). */
export type ByteSource = (startByte: number) => AsyncIterable<Uint8Array>;

export async function readMembersCsvStream(open: ByteSource, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    const head = await readHead(open, 3);
    const bom = detectBom(head);
    const needsCheck = opts.encoding === undefined && bom === null;
    const valid = needsCheck ? await isUtf8Stream(open) : true;
    const choice = chooseEncoding(bom, opts.encoding, () => valid);
    const decoder = createDecoder(choice.encoding);
    const pipeline = new TextPipeline(choice, opts);
    for await (const chunk of open(choice.skipBytes)) {
      pipeline.push(decoder.decode(chunk, { stream: true }));
    }
    pipeline.push(decoder.decode());
    return pipeline.end(head.length === 0);
  } catch (err) {
    return failedRead(err, opts);
  }
}

async function readHead(open: ByteSource, length: number): Promise<Uint8Array> {
  const head = new Uint8Array(length);
  let filled = 0;
  for await (const chunk of open(0)) {
    const take = Math.min(length - filled, chunk.length);
    head.set(chunk.subarray(0, take), filled);
    filled += take;
    if (filled >= length) break;
  }
  return head.subarray(0, filled);
}

async function isUtf8Stream(open: ByteSource): Promise<boolean> {
  const validator = new Utf8Validator();
  for await (const chunk of open(0)) {
    if (!validator.push(chunk)) return false;
  }
  return validator.end();
}
