// The reader's public shapes (what PLANNER and the CLI consume). Types only; the contract's
// ImportProblem stays the wire shape, ReadProblem adds a severity the planner can branch on.
import type { ImportField, ImportProblem } from '../../../shared/contract/imports';

export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type ImportDelimiter = ',' | ';' | '\t';

export interface ReadOptions {
  encoding?: ImportEncoding;
  delimiter?: ImportDelimiter;
  /** Header text (as in the file, trimmed) -> field, or null to ignore that column. */
  mapping?: Record<string, ImportField | null>;
}

export interface CsvRow {
  /** Spreadsheet row number (header = 1; a `sep=` line shifts it; a multi-line quoted cell is one row). */
  row: number;
  /** Trimmed; blank cells and unmapped or missing columns are absent (blank = leave unchanged). */
  values: Partial<Record<ImportField, string>>;
  /** The cells as given, for errors.csv. */
  raw: string[];
  /** field -> header text as in the file, for messages (one object shared by all rows: do not mutate). */
  columnOf: Partial<Record<ImportField, string>>;
}

/** An ImportProblem plus whether it blocks (error) or only informs (warning). */
export interface ReadProblem extends ImportProblem {
  severity: 'error' | 'warning';
}

export interface ReadResult {
  encoding: ImportEncoding;
  bom: boolean;
  delimiter: ImportDelimiter;
  header: string[];
  columns: Array<{ header: string; field: ImportField | null }>;
  rows: CsvRow[];
  problems: ReadProblem[];
  /** Why nothing could be read (empty file, no header, binary data); null otherwise. */
  fatal: string | null;
}
