// The import's edit log row: the detail is exactly the documented tuple shape (one tuple per
// queued row, IMPORT_ROW_COLUMNS), ids and file names that need escaping included.
import { describe, expect, it } from 'vitest';
import { IMPORT_ROW_COLUMNS, createImportRecorder } from '../../../../main/audit/log/importEntry';
import type { PlannedRow } from '../../../../main/import/plan/types';
import type { Membership } from '../../../../shared/domain/index';

const member = (org: string, user: string, over: Partial<Membership> = {}): Membership => ({
  org,
  user,
  level: 'MEMBER',
  allowBillableActivities: false,
  appAccess: true,
  projectAccess: 'VIEW',
  extra: {},
  ...over,
});

const planned = (over: Partial<PlannedRow>): PlannedRow => ({
  row: 2,
  action: 'create',
  org: 'org-a',
  user: 'user-a',
  level: 'MEMBER',
  errors: [],
  warnings: [],
  current: null,
  next: null,
  removal: null,
  restore: null,
  ...over,
});

describe('import edit log entry', () => {
  it('writes the same detail text JSON.stringify would, one tuple per queued row', () => {
    const odd = 'org-"quoted"\\back\nline';
    const rows: Array<[PlannedRow, number]> = [
      [planned({ row: 2, next: member(odd, 'user-ü') }), 10],
      [planned({ row: 3, action: 'update', current: member('org-a', 'user-b'), next: member('org-a', 'user-b', { level: 'ADMIN', allowBillableActivities: true, projectAccess: 'ADMINISTER' }) }), 11],
      [planned({ row: 4, action: 'remove', current: member('org-a', 'user-c'), removal: { revokeProjectPermissions: true, revokeAppPermissions: false } }), 12],
      [
        planned({
          row: 5,
          next: member('org-a', 'user-d'),
          restore: { projects: [{ project: 'project-p', name: 'P', level: 'UPLOAD', from: null }], apps: [{ app: 'app-x', name: 'X' }] },
        }),
        13,
      ],
    ];
    const recorder = createImportRecorder();
    for (const [r, id] of rows) recorder.add(r, id);
    const summary = { create: 2, update: 1, unchanged: 0, remove: 1, skip: 0, error: 0 };
    const facts = { firstOutboxId: 10, lastOutboxId: 14, queued: 5, at: 7, actor: 'user-z', fileName: 'm "1".csv', undoPath: 'C:\\undo.csv', summary, partial: true };
    const entry = recorder.entry(facts);
    const flags = (m: Membership) => [m.level, m.allowBillableActivities, m.appAccess, m.projectAccess];
    const expected = {
      fileName: facts.fileName,
      undoPath: facts.undoPath,
      summary,
      partial: true,
      queued: 5,
      firstOutboxId: 10,
      lastOutboxId: 14,
      rowColumns: IMPORT_ROW_COLUMNS,
      rows: [
        [2, 10, 'create', odd, 'user-ü', null, flags(member(odd, 'user-ü')), null, null],
        [3, 11, 'update', 'org-a', 'user-b', flags(member('org-a', 'user-b')), ['ADMIN', true, true, 'ADMINISTER'], null, null],
        [4, 12, 'remove', 'org-a', 'user-c', flags(member('org-a', 'user-c')), null, [true, false], null],
        [5, 13, 'create', 'org-a', 'user-d', null, flags(member('org-a', 'user-d')), null, [[['project-p', 'UPLOAD']], ['app-x']]],
      ],
    };
    expect(entry.detail).toBe(JSON.stringify(expected));
    expect(entry).toMatchObject({ kind: 'import', op: 'import.apply', target: 'import:m "1".csv', summary: 'Import m "1".csv: 2 created, 1 updated, 1 removed (5 edits queued)' });
  });

  it('an apply that queued nothing still writes valid JSON', () => {
    const entry = createImportRecorder().entry({ firstOutboxId: null, lastOutboxId: null, queued: 0, at: 1, actor: 'u', fileName: 'f.csv', undoPath: 'u.csv', summary: { create: 0, update: 0, unchanged: 3, remove: 0, skip: 0, error: 0 }, partial: false });
    expect(JSON.parse(entry.detail as string)).toMatchObject({ rows: [], firstOutboxId: null });
  });
});
