// Bulk edits from the matrix on the scenarios.md demo (after Example 2, acting as user-d):
// the preview's gains and losses, per-cell refusals that block everything, one transaction with
// one outbox entry per changed membership, and re-applying as a no-op.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, demoApp, expectCode, failOutboxInserts, recordEvents, snapshot } from './fixtures';

afterEach(closeAll);

const B_AND_C = [
  { org: 'org-lab', user: 'user-b' },
  { org: 'org-lab', user: 'user-c' },
];

describe('members.previewBulk', () => {
  it('lists what each user gains or loses, and the edits with before and after', () => {
    const app = demoApp();
    const p = app.services.bulkEdits.preview({ cells: B_AND_C, change: { kind: 'set', projectAccess: 'VIEW' } });
    expect(p.refused).toEqual([]);
    expect(p.canApply).toEqual({ allowed: true });
    expect(p.edits.map((e) => [e.user, e.before.projectAccess, e.after?.projectAccess])).toEqual([
      ['user-b', 'CONTRIBUTE', 'VIEW'],
      ['user-c', 'CONTRIBUTE', 'VIEW'],
    ]);
    // Raw Data is shared with org-lab at UPLOAD: capped to VIEW. Resources (VIEW) is unchanged.
    expect(p.impact.users.map((u) => [u.user, u.projects.map((x) => `${x.name} ${x.from}->${x.to}`)])).toEqual([
      ['user-b', ['Raw Data UPLOAD->VIEW']],
      ['user-c', ['Raw Data UPLOAD->VIEW']],
    ]);

    const raised = app.services.bulkEdits.preview({ cells: [{ org: 'org-lab', user: 'user-b' }], change: { kind: 'set', projectAccess: 'NONE' } });
    expect(raised.impact.users[0]?.projects.map((x) => `${x.name} ${x.from}->${x.to}`)).toEqual(['Raw Data UPLOAD->NONE', 'Resources VIEW->NONE']);
  });

  it('counts a user in two selected orgs once: removing user-e from both loses what either gave', () => {
    const app = demoApp();
    const p = app.services.bulkEdits.preview({
      cells: [
        { org: 'org-lab', user: 'user-e' },
        { org: 'org-lab_new', user: 'user-e' },
      ],
      change: { kind: 'remove', revokeProjectPermissions: true, revokeAppPermissions: true },
    });
    expect(p.edits.map((e) => [e.org, e.after])).toEqual([
      ['org-lab', null],
      ['org-lab_new', null],
    ]);
    expect(p.impact.users).toHaveLength(1);
    expect(p.impact.users[0]?.projects.map((x) => `${x.name} ${x.to}`)).toEqual(['Raw Data NONE', 'Resources NONE']);
  });

  it('refuses every cell of an org the acting user does not administer, with the rule, and blocks apply', () => {
    const app = demoApp('user-e');
    const p = app.services.bulkEdits.preview({ cells: B_AND_C, change: { kind: 'set', projectAccess: 'VIEW' } });
    expect(p.edits).toEqual([]);
    expect(p.refused).toEqual([
      { org: 'org-lab', user: 'user-b', reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-e is a MEMBER)' },
      { org: 'org-lab', user: 'user-c', reason: 'Only ADMINs of org-lab can change members, its name or its policies (user-e is a MEMBER)' },
    ]);
    expect(p.canApply.allowed).toBe(false);
    const before = snapshot(app);
    const err = expectCode(() => app.services.bulkEdits.apply({ cells: B_AND_C, change: { kind: 'set', projectAccess: 'VIEW' } }), 'PermissionDenied');
    expect(err.message).toMatch(/^2 cells refused, so nothing was queued/);
    expect(snapshot(app)).toEqual(before);
  });

  it("refuses flags that contradict an ADMIN's fixed flags, and the last ADMIN's demotion", () => {
    const app = demoApp();
    const p = app.services.bulkEdits.preview({
      cells: [{ org: 'org-lab', user: 'user-a' }, ...B_AND_C],
      change: { kind: 'set', projectAccess: 'VIEW' },
    });
    expect(p.refused).toEqual([{ org: 'org-lab', user: 'user-a', reason: expect.stringMatching(/^projectAccess: ADMINs always have projectAccess=ADMINISTER/) as unknown as string }]);
    expect(p.edits).toHaveLength(2);

    const demote = app.services.bulkEdits.preview({ cells: [{ org: 'org-lab_new', user: 'user-d' }], change: { kind: 'set', level: 'MEMBER' } });
    expect(demote.refused.map((r) => r.reason)).toEqual(['org-lab_new would be left without an ADMIN; keep at least one ADMIN of org-lab_new']);
  });

  it('skips empty cells (not a member) without refusing the rest', () => {
    const app = demoApp();
    const p = app.services.bulkEdits.preview({ cells: [{ org: 'org-lab_new', user: 'user-b' }, ...B_AND_C], change: { kind: 'set', allowBillableActivities: true } });
    expect(p.skipped).toEqual([{ org: 'org-lab_new', user: 'user-b', reason: 'user-b is not a member of org-lab_new' }]);
    expect(p.refused).toEqual([]);
    expect(p.edits).toHaveLength(2);
  });
});

describe('members.applyBulk', () => {
  it('queues one outbox entry per changed membership in one commit, and re-applying changes nothing', () => {
    const app = demoApp();
    const seen = recordEvents(app);
    const out = app.services.bulkEdits.apply({ cells: B_AND_C, change: { kind: 'set', projectAccess: 'VIEW' } });
    expect(out).toEqual({ queued: 2, unchanged: 0, skipped: 0 });
    const entries = app.services.outbox.list({}).entries;
    expect(entries.map((e) => [e.op, e.target, (e.payload as { projectAccess: string }).projectAccess])).toEqual([
      ['member.update', 'member:org-lab:user-b', 'VIEW'],
      ['member.update', 'member:org-lab:user-c', 'VIEW'],
    ]);
    expect(seen.filter((e) => e.event === 'workspace.changed')).toHaveLength(1);
    expect(app.services.members.list({ org: 'org-lab' }).members.find((m) => m.user === 'user-b')).toMatchObject({ projectAccess: 'VIEW', pending: true });

    const before = snapshot(app);
    expect(app.services.bulkEdits.apply({ cells: B_AND_C, change: { kind: 'set', projectAccess: 'VIEW' } })).toEqual({ queued: 0, unchanged: 2, skipped: 0 });
    expect(snapshot(app)).toEqual(before);
  });

  it('rolls back every membership when the outbox write fails', () => {
    const app = demoApp();
    const before = snapshot(app);
    failOutboxInserts(app);
    expect(() => app.services.bulkEdits.apply({ cells: B_AND_C, change: { kind: 'set', appAccess: false } })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
  });

  it('removes with the same revocations as members.remove', () => {
    const app = demoApp();
    const out = app.services.bulkEdits.apply({ cells: B_AND_C, change: { kind: 'remove', revokeProjectPermissions: true, revokeAppPermissions: true } });
    expect(out.queued).toBe(2);
    expect(app.services.members.list({ org: 'org-lab' }).members.map((m) => m.user)).not.toContain('user-b');
    expect(app.services.outbox.list({}).entries.map((e) => e.op)).toEqual(['member.remove', 'member.remove']);
  });
});

describe('exports.matrix', () => {
  it('writes what the matrix shows: filters, visible orgs and sort, as scenarios.md words cells', () => {
    const app = demoApp();
    const csv = app.services.matrix.export({ text: '', multiOrg: false, billable: true, sort: { by: 'name', dir: 'asc' }, orgs: ['org-lab_new'] });
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const lines = csv.content.slice(1).split('\r\n');
    expect(lines[0]).toBe('user,name,email,org-lab_new');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['user-d', 'user-e']);
    expect(lines.find((l) => l.startsWith('user-e'))?.endsWith(',MEMBER (billable)')).toBe(true);
    expectCode(() => app.services.matrix.export({ text: '', multiOrg: false, billable: false, sort: { by: 'name', dir: 'asc' }, orgs: ['org-nope'] }), 'NotFound');
  });
});
