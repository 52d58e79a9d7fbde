// Properties: random bytes never throw (a fatal reason or problems instead), in memory and
// streamed; random member tables written by our CSV writer read back cell for cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../shared/contract/imports';
import { readMembersCsv, readMembersCsvStream } from '../../../../main/import/read/index';
import { toCsv } from '../../../../main/csv/csvWriter';
import { chunked } from './fixtureFiles';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('random bytes', () => {
  it('never throw and always explain themselves', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const r = readMembersCsv(bytes);
        expect(r.fatal !== null || r.problems.length > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('read the same streamed in random chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        expect(await readMembersCsvStream(chunked(bytes, size))).toEqual(readMembersCsv(bytes));
      }),
      { numRuns: 150 },
    );
  });
  it('CSV-looking random text never throws either', () => {
    const piece = fc.constantFrom('org', 'user', ',', ';', '\t', '"', '""', '\r\n', '\n', '\r', ' ', 'sep=;', 'é', '\uFEFF', '1.2E+3', '=x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const r = readMembersCsv(utf8(pieces.join('')));
        expect(r.fatal !== null || r.problems.length > 0 || r.rows.length > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

// Cells the writer leaves unprefixed (formula-looking starts are tested below) and without
// control characters other than tab and line breaks (those make a file look binary).
const nasty = fc.constantFrom(',', '"', '""', '\n', '\r\n', ' ', '  ', ';', '\t', 'é', '€', 'ß', '😀', 'Œ', '“', 'user-b', 'a@lab.example');
const cell = fc
  .array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => !/^[=+\-@\t\r]/.test(s) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s));

describe('writer -> reader round trip', () => {
  it('random member tables come back cell for cell (raw exact, values trimmed, blanks absent)', () => {
    const table = fc.array(fc.tuple(fc.stringMatching(/^org-[a-z0-9_]{1,8}$/), ...IMPORT_FIELDS.slice(1).map(() => cell)), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(table, (rows) => {
        const r = readMembersCsv(utf8(toCsv(IMPORT_FIELDS, rows)));
        expect([r.fatal, r.encoding, r.bom, r.delimiter]).toEqual([null, 'utf-8', true, ',']);
        expect(r.rows.map((x) => x.raw)).toEqual(rows);
        expect(r.rows.map((x) => x.row)).toEqual(rows.map((_, i) => i + 2));
        r.rows.forEach((x, i) => {
          const expected = Object.fromEntries(IMPORT_FIELDS.map((f, c) => [f, (rows[i]?.[c] ?? '').trim()]).filter(([, v]) => v !== ''));
          expect(x.values).toEqual(expected);
        });
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
  it("formula-looking cells come back with the writer's ' prefix and a warning", () => {
    const r = readMembersCsv(utf8(toCsv(['org', 'user'], [['org-lab', '=HYPERLINK("x")'], ['org-lab', '-1+2'], ['org-lab', '@b']])));
    expect(r.rows.map((x) => x.raw[1])).toEqual([`'=HYPERLINK("x")`, "'-1+2", "'@b"]);
    expect(r.rows.map((x) => x.values.user)).toEqual([`'=HYPERLINK("x")`, "'-1+2", "'@b"]);
    expect(r.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'user', 'warning'],
      [3, 'user', 'warning'],
      [4, 'user', 'warning'],
    ]);
  });
});

describe('decoding details', () => {
  it('maps every Windows-1252 byte 0x80-0x9F like browsers do', () => {
    const bytes = Uint8Array.from([...utf8('org,user\norg-lab,'), ...Array.from({ length: 32 }, (_, i) => 0x80 + i), 0x0a]);
    const r = readMembersCsv(bytes);
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows[0]?.raw[1]).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
  it('binary data is fatal', () => {
    const r = readMembersCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    expect(r.fatal).toMatch(/binary/);
  });
  it('an unclosed quote is an error on its row', () => {
    const r = readMembersCsv(utf8('org,user\norg-lab,user-b\norg-lab,"user-c\norg-lab,user-d\n'));
    expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
    expect(r.problems).toMatchObject([{ row: 3, severity: 'error' }]);
  });
});
