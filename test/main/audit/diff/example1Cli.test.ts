// The "Done when" of issue 6 through the CLI: connect to the emulator, sync (snapshot 1),
// remove user-c from org-lab as scenarios.md Example 1 step 5 says, sync again (snapshot 2);
// `orgdesk diff 1 2` shows user-c losing Resources, Raw Data and qc, with routes. Also checks
// the pull hook: every successful sync records a snapshot, an unchanged one with 0 changes.
import { describe, expect, it, vi } from 'vitest';
import type { Diff, SnapshotSummary } from '../../../../shared/contract/audit';
import type { CliRun } from '../../cli/cliHarness';
import { useEmulatorWorkspace } from '../../cli/emulatorWorkspace';

vi.mock('../../../../main/app', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../main/app')>();
  return {
    ...real,
    openApp: (opts: Parameters<typeof real.openApp>[0]) => real.openApp({ ...opts, sync: { clientOptions: { sleep: async () => undefined } } }),
  };
});

const platform = useEmulatorWorkspace();
const od = (...argv: string[]): Promise<CliRun> => platform.ws.run(...argv);
const json = <T>(...argv: string[]): Promise<T> => platform.ws.json<T>(...argv);

describe('orgdesk diff around the removal of user-c (Example 1 step 5)', () => {
  it('two syncs around the removal give a diff with user-c losing Resources, Raw Data and qc, with routes', async () => {
    expect((await od('connect', '--platform', platform.emu.url)).code).toBe(0);
    expect(await json('sync', '--json')).toMatchObject({ conflicts: 0, failed: 0 });
    const first = (await json<{ snapshots: SnapshotSummary[] }>('snapshots', '--json')).snapshots;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ id: 1, source: 'pull', label: null });
    expect(first[0]?.changeCount).toBe(first[0]?.factCount);

    expect((await od('member', 'remove', 'org-lab', 'user-c')).code).toBe(0);
    expect(await json('sync', '--json')).toMatchObject({ pushed: 1, conflicts: 0, failed: 0 });
    expect(platform.emu.state().orgs.find((o) => o.id === 'org-lab')?.members.map((m) => m.id)).not.toContain('user-c');

    const list = (await json<{ snapshots: SnapshotSummary[] }>('snapshots', '--json')).snapshots;
    expect(list.map((s) => s.source)).toEqual(['pull', 'pull']);
    const [s1, s2] = list;
    if (!s1 || !s2) throw new Error('two snapshots expected');
    expect(s2.hash).not.toBe(s1.hash);
    expect(s2.changeCount).toBe(1);

    const diff = await json<Diff>('diff', String(s1.id), String(s2.id), '--json');
    expect(diff.structural.map((s) => s.summary)).toEqual(['user-c removed from org-lab (was MEMBER, projectAccess CONTRIBUTE, appAccess on, billable off)']);
    expect(diff.effective.map((e) => [e.user, e.projectName, e.change, e.before, e.after])).toEqual([
      ['user-c', 'Raw Data', 'revoked', 'UPLOAD', 'NONE'],
      ['user-c', 'Resources', 'revoked', 'VIEW', 'NONE'],
    ]);
    for (const e of diff.effective) {
      expect(e.routesBefore).toEqual([expect.objectContaining({ kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', cap: 'CONTRIBUTE', winning: true })]);
      expect(e.routesAfter).toEqual([]);
      expect(e.cause).toMatchObject({ kind: 'org', org: 'org-lab' });
    }
    expect(diff.apps.map((a) => [a.user, a.appName, a.change, a.cause?.kind, a.cause?.org])).toEqual([['user-c', 'qc', 'revoked', 'org', 'org-lab']]);

    const text = await od('diff', String(s1.id), String(s2.id));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('user-c (Cleo Carter)  Raw Data (project-');
    expect(text.stdout).toMatch(/Raw Data \(project-\w+\)  revoked: UPLOAD → NONE .*\n\s+before: \*UPLOAD via org-lab \(org grants UPLOAD, MEMBER, cap CONTRIBUTE\)\n\s+after:  no route\n\s+cause:  lost UPLOAD via org-lab .*: removed from org-lab/);
    expect(text.stdout).toMatch(/Resources .*revoked: VIEW → NONE/);
    expect(text.stdout).toMatch(/qc \(app-[^)]+\)  can no longer run it\n\s+before: via org-lab \(org authorized\)\n\s+after:  no route/);

    const csv = await od('diff', String(s1.id), String(s2.id), '--csv');
    expect(csv.stdout.startsWith('\uFEFFsection,kind,change,user')).toBe(true);
    const rows = csv.stdout.split('\r\n').filter((l) => l.includes(',revoked,user-c,'));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.includes(s1.hash) && r.includes(s2.hash))).toBe(true);
  });

  it('a sync that changes nothing still records a snapshot, with the same hash and 0 changes', async () => {
    expect(await json('sync', '--json')).toMatchObject({ pushed: 0, conflicts: 0, failed: 0 });
    const list = (await json<{ snapshots: SnapshotSummary[] }>('snapshots', '--json')).snapshots;
    expect(list).toHaveLength(3);
    expect(list[2]).toMatchObject({ source: 'pull', changeCount: 0, hash: list[1]?.hash });
    const same = await json<Diff>('diff', '2', '3', '--json');
    expect(same).toMatchObject({ identical: true, structural: [], effective: [], apps: [] });
  });

  it('diff against now, the user filter, and the exit codes', async () => {
    const now = await json<Diff>('diff', '1', 'now', '--json', '--user', 'user-c');
    expect(now.to).toMatchObject({ kind: 'now', id: null });
    expect(now.effective.map((e) => e.user)).toEqual(['user-c', 'user-c']);
    expect((await json<Diff>('diff', '1', 'now', '--json', '--user', 'user-b')).effective).toEqual([]);
    expect((await od('diff', '1')).code).toBe(2);
    expect((await od('diff', 'x', 'now')).code).toBe(2);
    expect((await od('diff', 'now', '1')).code).toBe(2);
    expect((await od('diff', '1', '2', '--json', '--csv')).code).toBe(2);
    expect((await od('diff', '1', '2', '--kind', 'bogus')).code).toBe(2);
    const missing = await od('diff', '1', '99');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^orgdesk: No snapshot 99/);
    const unknownUser = await od('diff', '1', '2', '--user', 'user-zz');
    expect(unknownUser.code).toBe(1);
    expect(unknownUser.stderr).toContain('no user user-zz');
  });
});
