// Feeds text to PapaParse chunk by chunk, carrying an incomplete last record over to the next
// chunk, so the whole file never sits in one string. Owns quoting/escaping only (RFC 4180 via
// PapaParse); must not trim, map or judge cells (rowAssembler does).
import Papa from 'papaparse';
import type { ImportDelimiter } from './types';
import type { Newline } from './sniff';

export interface QuoteIssue {
  /** Index of the record (0-based, over all records handed out so far). */
  record: number;
  kind: 'unclosed' | 'stray';
}

export type RecordSink = (records: string[][], firstIndex: number, issues: QuoteIssue[]) => void;

export class ChunkedCsvParser {
  private partial = '';
  private pending: string[] = [];
  private pendingChars = 0;
  private handedOut = 0;

  constructor(
    private readonly delimiter: ImportDelimiter,
    private readonly newline: Newline,
    private readonly sink: RecordSink,
  ) {}

  /** The held-back tail is re-parsed only once as much new text has arrived, so an unclosed
   * quote early in a 100 MB file costs linear, not quadratic, time. */
  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars < this.partial.length) return;
    this.parse(this.takeAll(), false);
  }

  end(): void {
    this.parse(this.takeAll(), true);
    this.partial = '';
  }

  private takeAll(): string {
    const all = this.partial + this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    return all;
  }

  private parse(input: string, final: boolean): void {
    if (input === '') return;
    const parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"' });
    const result = parser.parse(input, 0, !final);
    this.partial = final ? '' : input.slice(result.meta.cursor);
    const issues: QuoteIssue[] = [];
    for (const e of result.errors) {
      // Errors about the held-back last record come again with the next chunk.
      if (e.row === undefined || e.row >= result.data.length) continue;
      issues.push({ record: this.handedOut + e.row, kind: e.code === 'MissingQuotes' ? 'unclosed' : 'stray' });
    }
    const first = this.handedOut;
    this.handedOut += result.data.length;
    if (result.data.length > 0 || issues.length > 0) this.sink(result.data, first, issues);
  }
}

/** A whole text in one go (benchmarks, small inputs): the records exactly as the reader gets them. */
export function parseCsvText(text: string, delimiter: ImportDelimiter, newline: Newline): string[][] {
  const out: string[][] = [];
  const parser = new ChunkedCsvParser(delimiter, newline, (records) => {
    for (const record of records) out.push(record);
  });
  parser.push(text);
  parser.end();
  return out;
}
