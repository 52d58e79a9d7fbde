// CSV output as spreadsheets need it: BOM, CRLF, quoting, and formula-injection protection.
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv, UTF8_BOM } from '../../../main/csv/csvWriter';

describe('csvWriter', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(['user', 'name'], [['user-a', 'Ada Adams'], ['user-b', 'Bé Ünï']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('user,name\r\nuser-a,Ada Adams\r\nuser-b,Bé Ünï\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('prefixes cells a spreadsheet would run as formulas with an apostrophe', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes empty cells for null and undefined, and plain text for numbers and booleans', () => {
    expect(csvLine([null, undefined, 3, true, ''])).toBe(',,3,true,\r\n');
  });
});
