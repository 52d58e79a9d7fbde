// The edit log as services write it: one chained 'edit' row per outbox entry in the same
// transaction (none on rollback), one 'import' row per import apply, log.list newest first
// with filters and paging, and log.verify catching rows changed, deleted or added by hand.
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDeskApp } from '../../../../main/app';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/contract/index';
import { DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { closeAll, demoApp, failOutboxInserts } from '../../services/fixtures';
import { planText } from '../../import/plan/importHelpers';
import { logRows } from './helpers';

afterEach(closeAll);

async function call<M extends MethodName>(app: OrgDeskApp, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await app.router.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

/** Three edits by user-d: two member changes and a grant. */
async function edited(): Promise<OrgDeskApp> {
  const app = demoApp();
  await call(app, 'members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
  await call(app, 'members.update', { org: 'org-lab', user: 'user-e', appAccess: false });
  await call(app, 'projects.share', { project: 'Raw Data', principal: 'user-f', level: 'VIEW' });
  return app;
}

describe('edits', () => {
  it('append one chained edit row per outbox entry, with actor, before and after', async () => {
    const app = await edited();
    const outbox = app.repos.outbox.list();
    const rows = logRows(app);
    expect(rows.map((r) => [r.seq, r.kind, r.outbox_id])).toEqual(outbox.map((e, i) => [i + 1, 'edit', e.id]));
    expect(rows[0]).toMatchObject({ op: 'member.update', target: 'member:org-lab:user-b', actor: 'user-d', summary: outbox[0]?.summary });
    expect(JSON.parse(rows[0]?.before ?? 'null')).toMatchObject({ projectAccess: 'CONTRIBUTE' });
    expect(JSON.parse(rows[0]?.after ?? 'null')).toMatchObject({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    expect(await call(app, 'log.verify', {})).toMatchObject({ ok: true, checked: 3 });
  });

  it('write no log row when the edit rolls back', async () => {
    const app = demoApp();
    failOutboxInserts(app);
    await expect(call(app, 'members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' })).rejects.toThrow();
    expect(logRows(app)).toEqual([]);
  });

  it('a removal that queues several entries logs each of them', async () => {
    const app = demoApp();
    await call(app, 'members.remove', { org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });
    const ids = app.repos.outbox.list().map((e) => e.id);
    expect(logRows(app).map((r) => r.outbox_id)).toEqual(ids);
  });
});

describe('log.list', () => {
  it('lists edits newest first with status pending and no outcomes yet', async () => {
    const app = await edited();
    const page = await call(app, 'log.list', {});
    expect(page.entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(page.entries[2]).toMatchObject({ kind: 'edit', status: 'pending', outcomes: [], statusCounts: { pending: 1, sent: 0 }, import: null, before: { projectAccess: 'CONTRIBUTE' } });
    expect(page).toMatchObject({ nextCursor: null, total: 3, head: { seq: 3, hash: page.entries[0]?.hash } });
    expect(page.entries[1]?.prevHash).toBe(page.entries[2]?.hash);
  });

  it('filters by actor, target text, org/user/project id and kind, and pages by cursor', async () => {
    const app = await edited();
    app.services.workspace.setActingUser('user-a');
    await call(app, 'members.update', { org: 'org-lab', user: 'user-e', projectAccess: 'VIEW' });
    const seqs = async (input: MethodInput<'log.list'>) => (await call(app, 'log.list', input)).entries.map((e) => e.seq);
    expect(await seqs({ actor: 'user-a' })).toEqual([4]);
    expect(await seqs({ target: 'USER-E' })).toEqual([4, 2]);
    expect(await seqs({ org: 'org-lab' })).toEqual([4, 2, 1]);
    expect(await seqs({ org: 'org-lab_new' })).toEqual([]);
    expect(await seqs({ user: 'user-e' })).toEqual([4, 2]);
    expect(await seqs({ project: DEMO_PROJECT_IDS.rawData })).toEqual([3]);
    expect(await seqs({ kind: 'import' })).toEqual([]);
    const first = await call(app, 'log.list', { limit: 3 });
    expect(first.entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(first.nextCursor).toBe(2);
    expect(await seqs({ limit: 3, cursor: 2 })).toEqual([1]);
  });
});

describe('imports', () => {
  const FILE = 'org,user,level,projectAccess,action\norg-lab,user-f,MEMBER,VIEW,\norg-lab,user-b,,UPLOAD,\norg-lab,user-c,,,remove\n';

  it('write one import row with the file, counts, undo path, outbox range and rows', async () => {
    const app = await edited();
    const plan = planText(app, FILE);
    const applied = app.services.imports.apply({ planId: plan.planId, partial: false });
    const outbox = app.repos.outbox.list().slice(3);
    const rows = logRows(app);
    expect(rows).toHaveLength(4);
    const row = rows[3]!;
    expect(row).toMatchObject({ kind: 'import', op: 'import.apply', target: 'import:members.csv', outbox_id: null, actor: 'user-d' });
    const detail = JSON.parse(row.detail ?? '{}') as Record<string, unknown>;
    expect(detail).toMatchObject({ undoPath: applied.undoPath, queued: outbox.length, firstOutboxId: outbox[0]?.id, lastOutboxId: outbox[outbox.length - 1]?.id });
    const idOf = (target: string) => outbox.find((e) => e.target === target)?.id;
    expect(detail.rows).toContainEqual([4, idOf('member:org-lab:user-c'), 'remove', 'org-lab', 'user-c', ['MEMBER', false, true, 'CONTRIBUTE'], null, [true, true], null]);
    expect(detail.rows).toContainEqual([3, idOf('member:org-lab:user-b'), 'update', 'org-lab', 'user-b', ['MEMBER', false, true, 'VIEW'], ['MEMBER', false, true, 'UPLOAD'], null, null]);
    expect(detail.rows).toHaveLength(3);

    const [entry] = (await call(app, 'log.list', { kind: 'import' })).entries;
    expect(entry).toMatchObject({
      kind: 'import',
      status: 'pending',
      statusCounts: { pending: outbox.length, sent: 0 },
      import: { fileName: 'members.csv', undoPath: applied.undoPath, summary: { create: 1, update: 1, remove: 1 }, queued: outbox.length },
    });
    expect((await call(app, 'log.list', { user: 'user-f' })).entries.map((e) => e.seq)).toEqual([4, 3]);
    expect(await call(app, 'log.verify', {})).toMatchObject({ ok: true, checked: 4 });
  });
  it('cover every outbox entry an import queues, undo restores included', async () => {
    const app = demoApp();
    const removal = app.services.imports.apply({ planId: planText(app, FILE).planId, partial: false });
    const undo = app.services.imports.apply({ planId: planText(app, removal.undo.content).planId, partial: false });
    expect(undo.queued).toBeGreaterThan(0);
    const ranges = logRows(app)
      .filter((r) => r.kind === 'import')
      .map((r) => JSON.parse(r.detail ?? '{}') as { firstOutboxId: number; lastOutboxId: number; queued: number });
    expect(ranges.map((x) => x.lastOutboxId - x.firstOutboxId + 1)).toEqual(ranges.map((x) => x.queued));
    const covered = (id: number) => ranges.some((x) => id >= x.firstOutboxId && id <= x.lastOutboxId);
    expect(app.repos.outbox.list().filter((e) => !covered(e.id))).toEqual([]);
  });
});

describe('log.verify catches hand edits in SQLite', () => {
  it('a past row’s summary changed', async () => {
    const app = await edited();
    app.db.prepare("UPDATE edit_log SET summary = 'nothing happened' WHERE seq = 2").run();
    const r = await call(app, 'log.verify', {});
    expect(r).toMatchObject({ ok: false, checked: 1, firstBad: { seq: 2 } });
    expect(r.firstBad?.reason).toMatch(/^row seq 2 \(member\.update member:org-lab:user-e at 20\d\d-.*\): contents do not match its hash$/);
  });

  it('a past row’s actor changed and its hash recomputed', async () => {
    const app = await edited();
    app.db.prepare("UPDATE edit_log SET actor = 'user-a', hash = '1111111111111111111111111111111111111111111111111111111111111111' WHERE seq = 1").run();
    expect((await call(app, 'log.verify', {})).firstBad?.seq).toBe(1);
  });

  it('a row deleted from the middle', async () => {
    const app = await edited();
    app.db.prepare('DELETE FROM edit_log WHERE seq = 2').run();
    expect((await call(app, 'log.verify', {})).firstBad).toEqual({ seq: 2, reason: expect.stringContaining('row seq 2 is missing') });
  });

  it('the last row changed, or deleted', async () => {
    const app = await edited();
    app.db.prepare("UPDATE edit_log SET \"after\" = '{\"projectAccess\":\"ADMINISTER\"}' WHERE seq = 3").run();
    expect((await call(app, 'log.verify', {})).firstBad?.seq).toBe(3);
    const other = await edited();
    other.db.prepare('DELETE FROM edit_log WHERE seq = 3').run();
    expect((await call(other, 'log.verify', {})).firstBad?.seq).toBe(3);
  });

  it('later edits keep chaining onto the real last row', async () => {
    const app = await edited();
    await call(app, 'members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
    expect(await call(app, 'log.verify', {})).toMatchObject({ ok: true, checked: 4 });
  });
});
