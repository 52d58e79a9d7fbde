// Every file of the CSV fixture corpus read in memory: encoding, delimiter, header mapping,
// spreadsheet row numbers, trimmed values and the problems test/fixtures/csv/README.md promises.
import { describe, expect, it } from 'vitest';
import { readMembersCsv, type ReadResult } from '../../../../main/import/read/index';
import { fixtureBytes } from './fixtureFiles';

function read(name: string): ReadResult {
  return readMembersCsv(fixtureBytes(name));
}
const FULL = ['org', 'user', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess'];
const fields = (r: ReadResult) => r.columns.map((c) => c.field);
const rowNumbers = (r: ReadResult) => r.rows.map((x) => x.row);
const problemSummary = (r: ReadResult) => r.problems.map((p) => [p.severity, p.row, p.column]);

describe('encodings', () => {
  it('utf8-bom.csv: strips the BOM so the first header is still "org"', () => {
    const r = read('utf8-bom.csv');
    expect([r.encoding, r.bom, r.delimiter]).toEqual(['utf-8', true, ',']);
    expect(r.header[0]).toBe('org');
    expect(fields(r)).toEqual(FULL);
    expect(r.rows[1]?.values).toEqual({ org: 'org-lab_new', user: 'b@lab.example', level: 'MEMBER', allowBillableActivities: 'no', appAccess: 'yes', projectAccess: 'CONTRIBUTE' });
    expect(r.problems).toEqual([]);
  });
  it('utf16le-bom.csv: UTF-16 LE, tab-separated as Excel "Unicode text" saves', () => {
    const r = read('utf16le-bom.csv');
    expect([r.encoding, r.bom, r.delimiter]).toEqual(['utf-16le', true, '\t']);
    expect(r.rows.map((x) => x.values)).toEqual([
      { org: 'org-lab', user: 'user-f', level: 'MEMBER', allowBillableActivities: 'false', appAccess: 'true', projectAccess: 'VIEW' },
      { org: 'org-lab_new', user: 'c@lab.example', level: 'ADMIN' },
    ]);
  });
  it('utf16be-bom.csv: UTF-16 BE', () => {
    const r = read('utf16be-bom.csv');
    expect([r.encoding, r.bom, r.delimiter]).toEqual(['utf-16be', true, ',']);
    expect(r.rows[0]?.values.user).toBe('user-f');
    expect(r.problems).toEqual([]);
  });
  it('windows-1252-accents.csv: falls back to Windows-1252 (Œ and € are not Latin-1)', () => {
    const r = read('windows-1252-accents.csv');
    expect([r.encoding, r.bom]).toEqual(['windows-1252', false]);
    expect(r.rows.map((x) => x.raw[2])).toEqual(['José Müller', 'François Œuvre €']);
    expect(problemSummary(r)).toEqual([['warning', 1, 'name']]);
  });
  it('an encoding override wins over detection', () => {
    const r = readMembersCsv(fixtureBytes('windows-1252-accents.csv'), { encoding: 'utf-8' });
    expect(r.encoding).toBe('utf-8');
    expect(r.rows[0]?.raw[2]).toBe('Jos\uFFFD M\uFFFDller');
  });
});

describe('delimiters', () => {
  it('semicolon.csv: sniffs ";" although a cell contains a comma', () => {
    const r = read('semicolon.csv');
    expect(r.delimiter).toBe(';');
    expect(r.rows[0]?.values.allowBillableActivities).toBe('ja, doch');
    expect(r.rows[1]?.values).toEqual({ org: 'org-lab_new', user: 'user-b', level: 'MEMBER', allowBillableActivities: 'no', projectAccess: 'UPLOAD' });
  });
  it('tab.tsv: sniffs tab', () => {
    const r = read('tab.tsv');
    expect(r.delimiter).toBe('\t');
    expect(fields(r)).toEqual(FULL);
    expect(rowNumbers(r)).toEqual([2, 3]);
  });
  it('sep-line.csv: honours sep=; and shifts row numbers by one', () => {
    const r = read('sep-line.csv');
    expect(r.delimiter).toBe(';');
    expect(r.header).toEqual(['org', 'user', 'level']);
    expect(rowNumbers(r)).toEqual([3, 4]);
    expect(r.rows[1]?.values).toEqual({ org: 'org-lab_new', user: 'a@lab.example', level: 'ADMIN' });
  });
  it('a delimiter override wins over sep= and sniffing', () => {
    expect(readMembersCsv(fixtureBytes('semicolon.csv'), { delimiter: ',' }).delimiter).toBe(',');
  });
});

describe('structure', () => {
  it('quoted-newlines.csv: a three-line cell is one spreadsheet row', () => {
    const r = read('quoted-newlines.csv');
    expect(rowNumbers(r)).toEqual([2, 3]);
    expect(r.rows[0]?.raw[3]).toBe('first line\r\nsecond, with comma\r\nthird "quoted"');
    expect(r.rows[1]?.values).toEqual({ org: 'org-lab_new', user: 'user-b', level: 'MEMBER' });
    expect(problemSummary(r)).toEqual([['warning', 1, 'comment']]);
  });
  it('ragged.csv: short and long rows are kept and flagged; a trailing empty cell is not', () => {
    const r = read('ragged.csv');
    expect(rowNumbers(r)).toEqual([2, 3, 4]);
    expect(r.rows[0]?.values).toEqual({ org: 'org-lab', user: 'user-f', level: 'MEMBER' });
    expect(problemSummary(r)).toEqual([
      ['warning', 2, null],
      ['warning', 3, null],
    ]);
  });
  it('empty.csv: fatal', () => {
    const r = read('empty.csv');
    expect(r.fatal).toBe('The file is empty.');
    expect(r.rows).toEqual([]);
    expect(problemSummary(r)).toEqual([['error', 1, null]]);
  });
  it('header-only.csv: an error on the header row, not fatal', () => {
    const r = read('header-only.csv');
    expect(r.fatal).toBeNull();
    expect(fields(r)).toEqual(FULL);
    expect(problemSummary(r)).toEqual([['error', 1, null]]);
  });
  it('blank-cells.csv: blank and spaces-only cells are absent; values trimmed; blank lines still count as rows', () => {
    const r = read('blank-cells.csv');
    expect(r.rows.map((x) => [x.row, x.values])).toEqual([
      [2, { org: 'org-lab', user: 'user-b', appAccess: 'true' }],
      [3, { org: 'org-lab', user: 'user-c', level: 'MEMBER', projectAccess: 'VIEW' }],
      [6, { org: 'org-lab_new', user: 'user-f' }],
    ]);
    expect(r.rows[1]?.raw[0]).toBe('  org-lab  ');
    expect(r.problems).toEqual([]);
  });
  it('duplicate-keys.csv: the reader returns every row (the planner flags duplicates)', () => {
    const r = read('duplicate-keys.csv');
    expect(rowNumbers(r)).toEqual([2, 3, 4]);
    expect(r.rows[2]?.values).toEqual({ org: 'org-lab', user: 'b@lab.example', level: 'ADMIN' });
    expect(r.problems).toEqual([]);
  });
});

describe('headers and damage', () => {
  it('labels-header.csv: readable labels map to every field', () => {
    const r = read('labels-header.csv');
    expect(fields(r)).toEqual([...FULL, 'action', 'revokeProjectPermissions', 'revokeAppPermissions']);
    expect(r.rows[0]?.values).toEqual({ org: 'org-lab', user: 'user-c', action: 'remove', revokeProjectPermissions: 'yes', revokeAppPermissions: 'no' });
    expect(r.rows[0]?.columnOf.revokeAppPermissions).toBe('Revoke app permissions');
    expect(r.problems).toEqual([]);
  });
  it('api-header.csv: API names in mixed case', () => {
    const r = read('api-header.csv');
    expect(fields(r)).toEqual([...FULL, 'action']);
    expect(r.rows[0]?.columnOf.org).toBe('ORG');
    expect(r.problems).toEqual([]);
  });
  it('unknown-column.csv: a warning naming the column; the column is ignored', () => {
    const r = read('unknown-column.csv');
    expect(fields(r)).toEqual(['org', 'user', 'level', null]);
    expect(r.problems).toMatchObject([{ severity: 'warning', row: 1, column: 'Department', value: 'Department' }]);
    expect(r.problems[0]?.message).toContain('Unknown column "Department"');
  });
  it('missing-columns.csv: no user column is an error', () => {
    const r = read('missing-columns.csv');
    expect(r.problems).toMatchObject([{ severity: 'error', row: 1, column: null }]);
    expect(r.problems[0]?.message).toContain('"user"');
  });
  it('a mapping overrides and ignores columns', () => {
    const r = readMembersCsv(fixtureBytes('unknown-column.csv'), { mapping: { Department: 'projectAccess', level: null } });
    expect(fields(r)).toEqual(['org', 'user', null, 'projectAccess']);
    expect(r.rows[0]?.values).toEqual({ org: 'org-lab', user: 'user-f', projectAccess: 'Genomics' });
    expect(r.problems).toEqual([]);
  });
  it('excel-scientific.csv: scientific-notation IDs and curly quotes are warned about, values kept', () => {
    const r = read('excel-scientific.csv');
    expect(r.rows.map((x) => x.values.user)).toEqual(['1.23E+05', 'user-b']);
    expect(r.problems).toMatchObject([
      { severity: 'warning', row: 2, column: 'user', value: '1.23E+05' },
      { severity: 'warning', row: 3, column: 'level', value: '“MEMBER”' },
    ]);
  });
  it('formula-name.csv: formula text is kept as given; a formula in a mapped cell is warned about', () => {
    const r = read('formula-name.csv');
    expect(r.rows[0]?.raw[2]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(r.rows[1]?.values.user).toBe('=HYPERLINK("x")');
    expect(problemSummary(r)).toEqual([
      ['warning', 1, 'name'],
      ['warning', 3, 'user'],
    ]);
  });
});
