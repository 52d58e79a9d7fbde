// Reads a boolean cell in the spellings spreadsheets use (csv-import.md "Booleans"). Owns the
// spellings only; an unreadable value is null so the validator can name row, column and value.

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

export function parseBooleanCell(s: string): boolean | null {
  const key = s.trim().toLowerCase();
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  return null;
}
