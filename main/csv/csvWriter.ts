// Writes CSV the way spreadsheet users need it: UTF-8 with a BOM, CRLF line ends, RFC 4180
// quoting, and formula-injection protection. Owns the encoding of cells only; must not decide
// which columns a report has (callers do), so every CSV export can reuse it.

export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/** Cells a spreadsheet would run as a formula get a leading apostrophe (csv-import.md). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Cells needing quotes: a quote, comma or line break anywhere, or spaces at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvCell): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value === null || value === undefined ? '' : String(value);
  if (text === '') return text;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole document: BOM, header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + csvLine(header) + rows.map(csvLine).join('');
}
