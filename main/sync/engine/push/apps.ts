// Pushes a window of authorize/deauthorize edits of one app: one describe for the current
// authorizedUsers, then addAuthorizedUsers / removeAuthorizedUsers with neighbouring
// principals merged into one list. Only the app's developers may do this on the platform.
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import { appPrincipal, decideApp } from '../decide';
import { readFor, runsOf, safely, sendCall, settleAll } from './calls';
import type { Ledger } from './ledger';

/** `verified`: these entries were already redone once after a rejected call (see calls.ts). */
export async function pushApps(ctx: EngineContext, ledger: Ledger, app: string, entries: readonly OutboxEntry[], verified = false): Promise<void> {
  const authorized = await readFor(ledger, entries, async () => {
    const described = await ctx.client.describeApp(app);
    return new Set(described.authorizedUsers ?? (await ctx.client.listAuthorizedUsers(app)).authorizedUsers);
  });
  if (authorized === null) return;
  const sends = settleAll(
    ledger,
    entries.map((entry) => ({ entry, decision: safely(entry, () => decideApp(entry, authorized.has(appPrincipal(entry).principal))) })),
  );
  for (const run of runsOf(sends, (s) => s.action.call)) {
    const outcome = await sendCall(ledger, run, async (live) => {
      const principals = live.map((p) => p.action.principal);
      if (live[0]?.action.call === 'add') await ctx.client.addAuthorizedUsers(app, principals);
      else await ctx.client.removeAuthorizedUsers(app, principals);
    }, { verified });
    if (outcome === 'split') {
      for (const part of run) await pushApps(ctx, ledger, app, [part.entry], run.length === 1);
    }
  }
}
