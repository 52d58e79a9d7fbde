// Works out the text layout from the first part of a file: an Excel `sep=` line, the delimiter
// (comma, semicolon or tab, counted outside quotes and checked for consistency across lines)
// and the line break. Must not parse cells; chunkedParser does that with what this decides.
import type { ImportDelimiter } from './types';

export type Newline = '\r\n' | '\n' | '\r';

export interface Layout {
  delimiter: ImportDelimiter;
  newline: Newline;
  /** True when the first line was `sep=X` (it is skipped and shifts row numbers by one). */
  sepLine: boolean;
  /** Characters to skip at the start of the text (the `sep=` line). */
  skipChars: number;
}

const CANDIDATES: readonly ImportDelimiter[] = [',', ';', '\t'];
const SNIFF_RECORDS = 20;
const SEP_LINE = /^sep=([,;\t])[ ]*(\r\n|\n|\r|$)/i;

export function detectLayout(sample: string, atEof: boolean, forced?: ImportDelimiter): Layout {
  const sep = SEP_LINE.exec(sample);
  const skipChars = sep ? sep[0].length : 0;
  const body = sample.slice(skipChars);
  const declared = CANDIDATES.find((d) => d === sep?.[1]);
  return {
    delimiter: forced ?? declared ?? sniffDelimiter(body, atEof),
    newline: detectNewline(body, atEof),
    sepLine: sep !== null,
    skipChars,
  };
}

export function detectNewline(text: string, atEof: boolean): Newline {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') {
      const next = text[i + 1];
      if (next === '\n' || (next === undefined && !atEof)) return '\r\n';
      return '\r';
    }
  }
  return '\n';
}

/** Per record, how many times each candidate appears outside quotes (blank records skipped). */
function countRecords(text: string, atEof: boolean): Array<Record<ImportDelimiter, number>> {
  const records: Array<Record<ImportDelimiter, number>> = [];
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length && records.length < SNIFF_RECORDS; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '\n' || c === '\r')) {
      if (!blank) records.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
      blank = true;
      continue;
    }
    if (c !== ' ') blank = false;
    if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  // A record cut off by the end of the sample would skew the counts; keep it only at EOF.
  if (atEof && !blank && records.length < SNIFF_RECORDS) records.push(counts);
  return records;
}

export function sniffDelimiter(text: string, atEof: boolean): ImportDelimiter {
  const records = countRecords(text, atEof);
  let best: ImportDelimiter = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const inHeader = records[0]?.[d] ?? 0;
    if (inHeader === 0) continue;
    const consistent = records.filter((r) => r[d] === inHeader).length;
    const score = consistent * 10_000 + inHeader;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
