// Public API of the member CSV reader (bytes or a file -> header mapping, trimmed rows with
// spreadsheet row numbers, problems). Re-exports only; PLANNER and the CLI import from here.
export type { CsvRow, ImportDelimiter, ImportEncoding, ReadOptions, ReadProblem, ReadResult } from './types';
export { readMembersCsv } from './readBytes';
export { readMembersCsvFile } from './readFile';
export { readMembersCsvStream, type ByteSource } from './readStream';
export { headerToField } from './headerAliases';
export { parseBooleanCell } from './booleans';
