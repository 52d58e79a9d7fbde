// Turns parsed records into member rows: finds the header, maps columns to fields, trims cells,
// numbers rows as a spreadsheet shows them and collects file/row problems (unknown or missing
// columns, ragged rows, broken quotes, Excel damage). Must not validate values (the planner does).
import { IMPORT_FIELDS, type ImportField } from '../../../shared/contract/imports';
import { cellDamage } from './excelDamage';
import { headerToField } from './headerAliases';
import type { QuoteIssue } from './chunkedParser';
import type { CsvRow, ReadOptions, ReadProblem, ReadResult } from './types';

type Column = { header: string; field: ImportField | null };
const REQUIRED: readonly ImportField[] = ['org', 'user'];

export type AssembledRows = Pick<ReadResult, 'header' | 'columns' | 'rows' | 'problems' | 'fatal'>;

export class RowAssembler {
  private header: string[] | null = null;
  private headerRow = 0;
  private columns: Column[] = [];
  private mapped: Array<{ index: number; field: ImportField; header: string }> = [];
  private columnOf: Partial<Record<ImportField, string>> = {};
  private readonly rows: CsvRow[] = [];
  private readonly problems: ReadProblem[] = [];
  private readonly issues = new Map<number, QuoteIssue['kind']>();
  private sawText = false;

  constructor(
    private readonly mapping: ReadOptions['mapping'],
    /** Rows above the first record (a `sep=` line). */
    private readonly rowOffset: number,
  ) {}

  add(records: string[][], firstIndex: number, issues: QuoteIssue[]): void {
    for (const issue of issues) this.issues.set(issue.record, issue.kind);
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (record === undefined) continue;
      const index = firstIndex + i;
      const row = this.rowOffset + index + 1;
      if (record.every((cell) => cell.trim() === '')) {
        if (record.some((cell) => cell !== '')) this.sawText = true;
        continue;
      }
      this.sawText = true;
      if (this.header === null) this.takeHeader(record, row);
      else this.takeRow(record, row);
      const issue = this.issues.get(index);
      if (issue !== undefined) this.quoteProblem(issue, row);
    }
  }

  finish(emptyInput: boolean): AssembledRows {
    if (this.header === null) {
      const fatal = emptyInput || !this.sawText ? 'The file is empty.' : 'The file has no header row.';
      this.problems.push({ row: 1, column: null, value: null, message: fatal, severity: 'error' });
      return { header: [], columns: [], rows: [], problems: this.problems, fatal };
    }
    if (this.rows.length === 0) {
      this.problem(this.headerRow, null, null, 'The file has a header row but no member rows below it.', 'error');
    }
    return { header: this.header, columns: this.columns, rows: this.rows, problems: this.problems, fatal: null };
  }

  private takeHeader(record: string[], row: number): void {
    this.headerRow = row;
    this.header = record.map((cell) => cell.trim());
    this.columns = this.header.map((header, index) => ({ header, field: this.fieldFor(header, record[index] ?? header) }));
    const taken = new Set<ImportField>();
    this.columns.forEach((column, index) => {
      const { header, field } = column;
      if (field === null) {
        if (header !== '' && !this.explicitlyIgnored(header)) {
          this.problem(row, header, header, `Unknown column "${header}" is ignored. Known columns: ${IMPORT_FIELDS.join(', ')}.`, 'warning');
        }
        return;
      }
      if (taken.has(field)) {
        this.problem(row, header, header, `Column "${header}" is a second "${field}" column; only the first one ("${this.columnOf[field] ?? field}") is read.`, 'warning');
        column.field = null;
        return;
      }
      taken.add(field);
      this.columnOf[field] = header;
      this.mapped.push({ index, field, header });
    });
    for (const field of REQUIRED) {
      if (!taken.has(field)) {
        this.problem(row, null, null, `The file has no "${field}" column; every row needs one.`, 'error');
      }
    }
  }

  private fieldFor(header: string, asGiven: string): ImportField | null {
    const m = this.mapping;
    if (m !== undefined) {
      if (Object.hasOwn(m, header)) return m[header] ?? null;
      if (Object.hasOwn(m, asGiven)) return m[asGiven] ?? null;
    }
    return headerToField(header);
  }

  private explicitlyIgnored(header: string): boolean {
    return this.mapping !== undefined && Object.hasOwn(this.mapping, header) && this.mapping[header] === null;
  }

  private takeRow(record: string[], row: number): void {
    const width = this.columns.length;
    let extra = false;
    for (let i = width; i < record.length && !extra; i++) extra = (record[i] as string).trim() !== '';
    if (record.length < width || extra) {
      this.problem(row, null, null, `This row has ${record.length} cells but the header has ${width}; cells may be in the wrong columns.`, 'warning');
    }
    const values: Partial<Record<ImportField, string>> = {};
    for (const { index, field, header } of this.mapped) {
      const value = (record[index] ?? '').trim();
      if (value === '') continue;
      values[field] = value;
      const damage = cellDamage(value);
      if (damage !== null) this.problem(row, header, value, damage, 'warning');
    }
    this.rows.push({ row, values, raw: record, columnOf: this.columnOf });
  }

  private quoteProblem(kind: QuoteIssue['kind'], row: number): void {
    if (kind === 'unclosed') {
      this.problem(row, null, null, 'A quoted cell is never closed (a " is missing), so the rest of the file was read into it.', 'error');
    } else {
      this.problem(row, null, null, 'A quote inside a cell is not doubled (write "" inside quoted cells); check this row.', 'warning');
    }
  }

  private problem(row: number, column: string | null, value: string | null, message: string, severity: ReadProblem['severity']): void {
    this.problems.push({ row, column, value, message, severity });
  }
}
