// The ReadResult for a read that failed outright (unreadable file, decoder error). Exists so both
// readers report failures the same way instead of throwing at the caller.
import type { ReadOptions, ReadResult } from './types';

export function failedRead(err: unknown, opts: ReadOptions): ReadResult {
  const reason = err instanceof Error ? err.message : String(err);
  const fatal = `The file could not be read: ${reason}`;
  return {
    encoding: opts.encoding ?? 'utf-8',
    bom: false,
    delimiter: opts.delimiter ?? ',',
    header: [],
    columns: [],
    rows: [],
    problems: [{ row: 1, column: null, value: null, message: fatal, severity: 'error' }],
    fatal,
  };
}
