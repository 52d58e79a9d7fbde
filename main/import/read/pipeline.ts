// Decoded text in, ReadResult out: holds back the first SAMPLE_CHARS to detect the layout, then
// streams everything through the chunked parser into the row assembler. Shared by the in-memory
// and the file reader so both give identical results; must not touch bytes or files.
import { ChunkedCsvParser } from './chunkedParser';
import { RowAssembler } from './rowAssembler';
import { detectLayout } from './sniff';
import type { EncodingChoice } from './decode';
import type { ReadOptions, ReadResult } from './types';

export const SAMPLE_CHARS = 64 * 1024;
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

export class TextPipeline {
  private buffered = '';
  private parser: ChunkedCsvParser | null = null;
  private assembler: RowAssembler | null = null;
  private fatal: string | null = null;
  private delimiter: ReadResult['delimiter'] = ',';

  constructor(
    private readonly choice: EncodingChoice,
    private readonly opts: ReadOptions,
  ) {}

  push(text: string): void {
    if (this.fatal !== null) return;
    if (this.parser !== null) {
      this.parser.push(text);
      return;
    }
    this.buffered += text;
    if (this.buffered.length >= SAMPLE_CHARS) this.start(false);
  }

  end(emptyInput: boolean): ReadResult {
    if (this.fatal === null && this.parser === null) this.start(true);
    const base = { encoding: this.choice.encoding, bom: this.choice.bom, delimiter: this.delimiter };
    if (this.fatal !== null || this.parser === null || this.assembler === null) {
      const fatal = this.fatal ?? 'The file could not be read.';
      return { ...base, header: [], columns: [], rows: [], problems: [{ row: 1, column: null, value: null, message: fatal, severity: 'error' }], fatal };
    }
    this.parser.end();
    return { ...base, ...this.assembler.finish(emptyInput) };
  }

  private start(atEof: boolean): void {
    const sample = this.buffered.slice(0, SAMPLE_CHARS);
    const controls = sample.match(BINARY)?.length ?? 0;
    if (sample.includes('\u0000') || controls > Math.max(2, sample.length / 100)) {
      this.fatal = `This is not a text CSV file (it contains binary data when read as ${this.choice.encoding}). Save it from the spreadsheet as "CSV UTF-8".`;
      this.buffered = '';
      return;
    }
    const layout = detectLayout(sample, atEof, this.opts.delimiter);
    this.delimiter = layout.delimiter;
    const assembler = new RowAssembler(this.opts.mapping, layout.sepLine ? 1 : 0);
    this.assembler = assembler;
    this.parser = new ChunkedCsvParser(layout.delimiter, layout.newline, (records, first, issues) => assembler.add(records, first, issues));
    const rest = this.buffered.slice(layout.skipChars);
    this.buffered = '';
    this.parser.push(rest);
  }
}
