// Pushes a window of share/unshare edits of one project: one describe for the current
// permissions, then invite to raise a grant and decreasePermissions to lower or revoke one
// (neighbouring lowerings merged into one map).
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { GrantLevel } from '../../../../shared/domain/index';
import type { EngineContext } from '../context';
import { decideGrant, grantPrincipal } from '../decide';
import { readFor, runsOf, safely, sendCall, settleAll } from './calls';
import type { Ledger } from './ledger';

/** `verified`: these entries were already redone once after a rejected call (see calls.ts). */
export async function pushGrants(ctx: EngineContext, ledger: Ledger, project: string, entries: readonly OutboxEntry[], verified = false): Promise<void> {
  const described = await readFor(ledger, entries, () => ctx.client.describeProject(project));
  if (described === null) return;
  const permissions: Record<string, GrantLevel> = described.permissions ?? {};
  const sends = settleAll(
    ledger,
    entries.map((entry) => ({
      entry,
      decision: safely(entry, () => decideGrant(entry, permissions[grantPrincipal(entry).principal] ?? null)),
    })),
  );
  for (const run of runsOf(sends, (s) => (s.action.call === 'decrease' ? 'decrease' : null))) {
    const outcome = await sendCall(ledger, run, async (live) => {
      const [first] = live;
      if (!first) return;
      if (first.action.call === 'invite') {
        await ctx.client.projectInvite(project, { invitee: first.action.principal, level: first.action.level });
        return;
      }
      const changes: Record<string, GrantLevel | null> = {};
      for (const p of live) changes[p.action.principal] = p.action.level;
      await ctx.client.decreasePermissions(project, changes);
    }, { verified });
    if (outcome === 'split') {
      for (const part of run) await pushGrants(ctx, ledger, project, [part.entry], run.length === 1);
    }
  }
}
