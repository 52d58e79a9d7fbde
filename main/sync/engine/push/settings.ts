// Pushes one project settings edit: describe for the current flags and `version`, then
// update with that version (the platform's optimistic lock), split into ordered steps where
// the platform needs an order (previewViewerRestricted off before downloadRestricted off).
// Every step re-reads `version`, since each update bumps it.
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import { decideProjectUpdate } from '../decide';
import { payloadOf } from '../payloads';
import { remoteProjectOf } from '../remote';
import { readFor, safely, sendCall, settleAll } from './calls';
import type { Ledger } from './ledger';

export async function pushProjectUpdate(ctx: EngineContext, ledger: Ledger, entry: OutboxEntry, verified = false): Promise<void> {
  const project = safely(entry, () => payloadOf(entry, 'project.update').project);
  if (typeof project !== 'string') {
    ledger.settle([{ entry, kind: 'fail', message: project.message }]);
    return;
  }
  const initial = await readFor(ledger, [entry], () => ctx.client.describeProject(project));
  if (initial === null) return;
  const [send] = settleAll(ledger, [{ entry, decision: safely(entry, () => decideProjectUpdate(entry, remoteProjectOf(initial))) }]);
  if (!send) return;
  const { steps } = send.action;
  let version = initial.version;
  for (const [i, step] of steps.entries()) {
    if (i > 0) {
      const again = await readFor(ledger, [entry], () => ctx.client.describeProject(project));
      if (again === null) return;
      version = again.version;
    }
    const at = version;
    const outcome = await sendCall(
      ledger,
      [{ entry, after: send.after }],
      async () => {
        await ctx.client.updateProject(project, { ...step, ...(at !== undefined ? { version: at } : {}) });
      },
      { verified, partial: i < steps.length - 1 },
    );
    if (outcome === 'split' && !verified) return pushProjectUpdate(ctx, ledger, entry, true);
    if (outcome !== 'ok') return;
  }
}
