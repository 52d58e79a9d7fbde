// Reads a member CSV from disk for the CLI, streaming in 64 KB chunks. Owns only opening the
// file; all decisions live in readStream.ts so disk and memory reads agree.
import { createReadStream } from 'node:fs';
import { readMembersCsvStream } from './readStream';
import type { ReadOptions, ReadResult } from './types';

const CHUNK_BYTES = 64 * 1024;

export function readMembersCsvFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  return readMembersCsvStream((start) => createReadStream(path, { start, highWaterMark: CHUNK_BYTES }), opts);
}
