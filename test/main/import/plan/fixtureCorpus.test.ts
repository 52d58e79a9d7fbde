// Every file of the reader's fixture corpus (test/fixtures/csv) planned against the demo
// workspace gives the expected per-row outcome: created, updated, unchanged, removed, or the
// error naming the column and why.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, demoApp } from '../../services/fixtures';
import { outcomes, planFixture } from './importHelpers';

afterEach(closeAll);

const EXPECTED: Record<string, Record<number, string | RegExp>> = {
  'api-header.csv': { 2: 'create' },
  'blank-cells.csv': { 2: 'unchanged', 3: 'update', 6: 'unchanged' },
  'duplicate-keys.csv': { 2: /also on row 3, 4/, 3: /also on row 2, 4/, 4: /also on row 2, 3/ },
  'excel-scientific.csv': { 2: /^error: user\|no user user-1\.23e\+05/, 3: /^error: level\|"“MEMBER”" is not a level/ },
  'formula-name.csv': { 2: 'create', 3: /^error: user\|no user/ },
  'header-only.csv': {},
  'labels-header.csv': { 2: 'remove', 3: 'update' },
  'missing-columns.csv': { 2: /^error: user\|the user is missing/ },
  'quoted-newlines.csv': { 2: 'create', 3: 'create' },
  'ragged.csv': { 2: 'create', 3: 'update', 4: 'create' },
  'semicolon.csv': { 2: /^error: allowBillableActivities\|"ja, doch" is not a yes\/no value/, 3: 'create' },
  'sep-line.csv': { 3: 'create', 4: 'create' },
  'tab.tsv': { 2: 'create', 3: 'unchanged' },
  'unknown-column.csv': { 2: 'create' },
  'utf16be-bom.csv': { 2: 'create' },
  'utf16le-bom.csv': { 2: 'create', 3: 'create' },
  'utf8-bom.csv': { 2: 'create', 3: 'create' },
  'windows-1252-accents.csv': { 2: 'create', 3: 'create' },
};

describe('fixture corpus', () => {
  it.each(Object.entries(EXPECTED))('%s plans as expected', (name, expected) => {
    const app = demoApp();
    const got = outcomes(planFixture(app, name));
    expect(Object.keys(got).map(Number)).toEqual(Object.keys(expected).map(Number));
    for (const [row, want] of Object.entries(expected)) {
      if (typeof want === 'string') expect(got[Number(row)], `row ${row}`).toBe(want);
      else expect(got[Number(row)], `row ${row}`).toMatch(want);
    }
  });

  it('the empty file is refused as a whole', () => {
    const app = demoApp();
    expect(() => planFixture(app, 'empty.csv')).toThrow(/file: The file is empty/);
  });

  it('states the values a create or update writes', () => {
    const app = demoApp();
    const blank = planFixture(app, 'blank-cells.csv');
    expect(blank.rows.find((r) => r.row === 3)?.changes).toEqual([{ field: 'projectAccess', from: 'CONTRIBUTE', to: 'VIEW' }]);
    const api = planFixture(app, 'api-header.csv');
    expect(api.rows[0]?.changes).toEqual([
      { field: 'level', from: null, to: 'MEMBER' },
      { field: 'allowBillableActivities', from: null, to: true },
      { field: 'appAccess', from: null, to: false },
      { field: 'projectAccess', from: null, to: 'VIEW' },
    ]);
    const labels = planFixture(app, 'labels-header.csv');
    expect(labels.rows[0]?.changes).toEqual([{ field: 'level', from: 'MEMBER', to: null }]);
  });

  it('every fixture in the folder is covered', async () => {
    const fs = await import('node:fs');
    const { FIXTURES } = await import('./importHelpers');
    const files = fs.readdirSync(FIXTURES).filter((f) => /\.(csv|tsv)$/.test(f) && f !== 'empty.csv');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
