// Pushes org edits. org.create: /org/new with a nonce kept in the payload (committed before
// the call), so a repeat after a lost reply replays instead of failing; an org that already
// exists with the acting user as ADMIN counts as created. org.update: describe, then update
// only what still differs, policies restated in full.
import { randomUUID } from 'node:crypto';
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import { decideOrgUpdate } from '../decide';
import { isNotFound } from '../errors';
import { payloadOf } from '../payloads';
import { remoteOrgOf } from '../remote';
import { readFor, safely, sendCall, settleAll } from './calls';
import type { Ledger } from './ledger';

export async function pushOrgCreate(ctx: EngineContext, ledger: Ledger, entry: OutboxEntry, verified = false): Promise<void> {
  const p = safely(entry, () => payloadOf(entry, 'org.create'));
  if ('kind' in p) {
    ledger.settle([{ entry, kind: 'fail', message: p.message }]);
    return;
  }
  const id = `org-${p.handle}`;
  const probe = await readFor(ledger, [entry], async () => {
    try {
      return { found: await ctx.client.describeOrg(id) };
    } catch (err) {
      if (isNotFound(err)) return { found: null };
      throw err;
    }
  });
  if (probe === null) return;
  // Already there with us as ADMIN: an earlier run created it and lost the reply. If it exists
  // but is someone else's, /org/new is refused (handle taken) and the edit fails with that message.
  if (probe.found?.level === 'ADMIN') {
    ledger.settle([{ entry, kind: 'done', remote: remoteOrgOf(probe.found) }]);
    return;
  }
  const nonce = p.nonce ?? randomUUID();
  if (p.nonce === undefined) ctx.tx(() => ctx.repos.outbox.setPayload(entry.id, { ...entry.payload, nonce }));
  const after = { name: p.name, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN', ...p.policies } };
  const outcome = await sendCall(
    ledger,
    [{ entry, after }],
    async () => {
      await ctx.client.newOrg({ handle: p.handle, name: p.name, policies: p.policies, nonce });
    },
    { verified },
  );
  if (outcome === 'split' && !verified) await pushOrgCreate(ctx, ledger, entry, true);
}

export async function pushOrgUpdate(ctx: EngineContext, ledger: Ledger, entry: OutboxEntry, verified = false): Promise<void> {
  const p = safely(entry, () => payloadOf(entry, 'org.update'));
  if ('kind' in p) {
    ledger.settle([{ entry, kind: 'fail', message: p.message }]);
    return;
  }
  const described = await readFor(ledger, [entry], () => ctx.client.describeOrg(p.org));
  if (described === null) return;
  const [send] = settleAll(ledger, [{ entry, decision: safely(entry, () => decideOrgUpdate(entry, remoteOrgOf(described))) }]);
  if (!send) return;
  const outcome = await sendCall(
    ledger,
    [send],
    async () => {
      await ctx.client.updateOrg(p.org, send.action);
    },
    { verified },
  );
  if (outcome === 'split' && !verified) await pushOrgUpdate(ctx, ledger, entry, true);
}
