// Pushes a window of member edits of one org: one findMembers {id:[...]} for all of them,
// then invite for users who are not members, setMemberAccess for those who are (neighbouring
// changes merged into one map), removeMember with the edit's revoke flags.
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import type { MemberAction } from '../decide';
import { decideMember, memberUser } from '../decide';
import { memberValueOf } from '../remote';
import { readFor, runsOf, safely, sendCall, settleAll } from './calls';
import type { Ledger } from './ledger';

/** `verified`: these entries were already redone once after a rejected call (see calls.ts). */
export async function pushMembers(ctx: EngineContext, ledger: Ledger, org: string, entries: readonly OutboxEntry[], verified = false): Promise<void> {
  const users = new Map<number, string>();
  const readable = entries.filter((e) => {
    const who = safely(e, () => memberUser(e));
    if ('kind' in who) {
      ledger.settle([{ entry: e, kind: 'fail', message: who.message }]);
      return false;
    }
    users.set(e.id, who.user);
    return true;
  });
  if (readable.length === 0) return;
  const found = await readFor(ledger, readable, () => ctx.client.findMembers(org, { id: [...new Set(users.values())] }));
  if (found === null) return;
  const remote = new Map(found.map((m) => [m.id, memberValueOf(m)]));
  const sends = settleAll(
    ledger,
    readable.map((entry) => ({ entry, decision: safely(entry, () => decideMember(entry, remote.get(users.get(entry.id) ?? '') ?? null)) })),
  );
  for (const run of runsOf(sends, (s) => (s.action.call === 'set' ? 'set' : null))) {
    const outcome = await sendCall(ledger, run, async (live) => {
      await callFor(ctx, org, live.map((p) => p.action));
    }, { verified });
    if (outcome === 'split') {
      for (const part of run) await pushMembers(ctx, ledger, org, [part.entry], run.length === 1);
    }
  }
}

async function callFor(ctx: EngineContext, org: string, actions: readonly MemberAction[]): Promise<void> {
  const [first] = actions;
  if (!first) return;
  if (first.call === 'invite') {
    await ctx.client.invite(org, { invitee: first.user, ...(first.access.level === 'ADMIN' ? { level: 'ADMIN' } : first.access) });
  } else if (first.call === 'remove') {
    await ctx.client.removeMember(org, { user: first.user, revokeProjectPermissions: first.revokeProjectPermissions, revokeAppPermissions: first.revokeAppPermissions });
  } else {
    const map: Record<string, (typeof first)['access']> = {};
    for (const a of actions) if (a.call === 'set') map[a.user] = a.access;
    await ctx.client.setMemberAccess(org, map);
  }
}
