// Spots what a spreadsheet did to a cell before it reached us: IDs turned into scientific
// notation, straight quotes turned curly, text that a spreadsheet would run as a formula.
// Owns the messages only; it never changes a value.

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/i;
const SMART_QUOTES = /[\u201C\u201D\u2018\u2019]/;
const FORMULA = /^[=+@]|^-[^\d]|^'[=+\-@]/;
/** One cheap test first: most cells (org ids, levels, booleans) can match none of the above. */
const SUSPECT = /^[+\-\d=@']|[\u201C\u201D\u2018\u2019]/;

export function cellDamage(value: string): string | null {
  if (!SUSPECT.test(value)) return null;
  if (SCIENTIFIC.test(value)) {
    return 'This looks like an ID a spreadsheet turned into scientific notation (like 1.23E+05); the original digits are lost. Format the column as Text and export again.';
  }
  if (SMART_QUOTES.test(value)) {
    return 'This contains curly quotes (“ ” ‘ ’), usually added by autocorrect; use straight quotes.';
  }
  if (FORMULA.test(value)) {
    return 'This looks like a spreadsheet formula; it is read as plain text.';
  }
  return null;
}
