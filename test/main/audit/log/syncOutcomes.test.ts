// Sync outcomes in the edit log, against the real emulator and engine: every real state change
// of an outbox entry (sent, conflict, failed, resolved either way, discarded, retried) appends
// one chained outcome row, and log.list shows each edit's current status and history.
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed } from '../../../../main/seed/demoSeed';
import { PlatformError } from '../../../../main/sync/platform/index';
import type { PlatformClient } from '../../../../main/sync/platform/index';
import type { LogEntry } from '../../../../shared/contract/index';
import { planText } from '../../import/plan/importHelpers';
import { closeWorlds, desk, emulator } from '../../sync/engine/harness';
import type { Desk } from '../../sync/engine/harness';
import { logRows, outcomeOps } from './helpers';

afterEach(closeWorlds);

async function synced(opts: Parameters<typeof desk>[2] = {}) {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d', opts);
  expect((await d.engine.sync()).error).toBeNull();
  return { emu, d };
}

/** user-b's edit meets user-a's change of the same field on the platform; user-e's goes through. */
async function conflicted() {
  const { emu, d } = await synced();
  await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
  await d.edit('members.update', { org: 'org-lab', user: 'user-e', appAccess: false });
  emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' } });
  await d.engine.sync();
  const [b, e] = d.outbox();
  return { emu, d, b: b!.id, e: e!.id };
}

const entryFor = async (d: Desk, outboxId: number): Promise<LogEntry> => {
  const page = await d.edit('log.list', {});
  const found = page.entries.find((x) => x.outboxId === outboxId);
  if (!found) throw new Error(`no log entry for outbox ${outboxId}`);
  return found;
};

const verified = async (d: Desk) => expect(await d.edit('log.verify', {})).toMatchObject({ ok: true });

describe('sync outcomes', () => {
  it('a push appends sent and conflict, each after its edit, with the sync user as actor', async () => {
    const { d, b, e } = await conflicted();
    expect(outcomeOps(d.app, b)).toEqual(['conflict']);
    expect(outcomeOps(d.app, e)).toEqual(['sent']);
    const rows = logRows(d.app);
    expect(rows.map((r) => r.kind)).toEqual(['edit', 'edit', 'outcome', 'outcome']);
    expect(rows.filter((r) => r.kind === 'outcome').every((r) => r.actor === 'user-d')).toBe(true);
    const conflict = await entryFor(d, b);
    expect(conflict).toMatchObject({ status: 'conflict', outcomesTotal: 1, outcomes: [{ outcome: 'conflict', outboxId: b, actor: 'user-d' }] });
    expect(JSON.parse(conflict.outcomes[0]?.message ?? '{}')).toMatchObject({ projectAccess: 'VIEW' });
    expect((await entryFor(d, e)).status).toBe('sent');
    await verified(d);
  });

  it('a sync that changes nothing appends nothing', async () => {
    const { d } = await conflicted();
    const before = logRows(d.app).length;
    await d.engine.sync();
    expect(logRows(d.app)).toHaveLength(before);
  });

  it('keep mine appends resolved-keep-mine, then sent on the next sync', async () => {
    const { d, b } = await conflicted();
    d.engine.resolve(b, 'keepMine');
    expect((await entryFor(d, b)).status).toBe('pending');
    await d.engine.sync();
    expect(outcomeOps(d.app, b)).toEqual(['conflict', 'resolved-keep-mine', 'sent']);
    expect(await entryFor(d, b)).toMatchObject({ status: 'sent', outcomesTotal: 3 });
    await verified(d);
  });

  it('take theirs appends resolved-take-theirs and reads as resolved', async () => {
    const { d, b } = await conflicted();
    await d.edit('outbox.resolve', { id: b, choice: 'takeTheirs' });
    expect(outcomeOps(d.app, b)).toEqual(['conflict', 'resolved-take-theirs']);
    expect((await entryFor(d, b)).status).toBe('resolved');
    await verified(d);
  });

  it('discard appends discarded', async () => {
    const { d } = await synced();
    await d.edit('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' });
    const [entry] = d.outbox();
    d.engine.discard(entry!.id);
    expect(outcomeOps(d.app, entry!.id)).toEqual(['discarded']);
    expect((await entryFor(d, entry!.id)).status).toBe('discarded');
  });

  it('a refusal appends failed with the platform message; retry appends retried, then sent', async () => {
    let refuse = true;
    const wrap = (c: PlatformClient): PlatformClient => ({
      ...c,
      setMemberAccess: async (org, access) => {
        if (refuse) throw Object.assign(new PlatformError({ type: 'InvalidInput', status: 422, message: 'not now', route: '/x' }), { attempts: 1 });
        return c.setMemberAccess(org, access);
      },
    });
    const { d } = await synced({ wrapClient: wrap });
    await d.edit('members.update', { org: 'org-lab', user: 'user-e', projectAccess: 'UPLOAD' });
    const [entry] = d.outbox();
    await d.engine.sync();
    const failed = await entryFor(d, entry!.id);
    expect(failed).toMatchObject({ status: 'failed', outcomes: [{ outcome: 'failed', message: 'InvalidInput: not now' }] });
    refuse = false;
    d.engine.retry(entry!.id);
    await d.engine.sync();
    expect(outcomeOps(d.app, entry!.id)).toEqual(['failed', 'retried', 'sent']);
    await verified(d);
  });

  it('an import shows the outcomes of all its edits counted', async () => {
    const { emu, d } = await synced();
    const plan = planText(d.app, 'org,user,projectAccess\norg-lab,user-b,UPLOAD\norg-lab,user-c,VIEW\norg-lab,user-e,VIEW\n');
    d.app.services.imports.apply({ planId: plan.planId, partial: false });
    emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' } });
    await d.engine.sync();
    const [imported] = (await d.edit('log.list', { kind: 'import' })).entries;
    expect(imported).toMatchObject({ status: 'conflict', statusCounts: { sent: 2, conflict: 1, pending: 0 }, outcomesTotal: 3 });
    expect(imported?.outcomes.map((o) => o.outcome).sort()).toEqual(['conflict', 'sent', 'sent']);
    const conflict = d.outbox().find((e) => e.state === 'conflict');
    await d.edit('outbox.resolve', { id: conflict!.id, choice: 'takeTheirs' });
    const [after] = (await d.edit('log.list', { kind: 'import' })).entries;
    expect(after).toMatchObject({ status: 'sent', statusCounts: { sent: 2, resolved: 1, conflict: 0 }, outcomesTotal: 4 });
    await verified(d);
  });
});
