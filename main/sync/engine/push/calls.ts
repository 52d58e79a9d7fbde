// Sending one platform call for one or more entries, and reading the platform on their
// behalf, with the engine's error policy: transient trouble stops the run (entries back to
// pending); a permanent rejection fails the entry, except that the caller is asked to redo
// the entries one by one with a fresh read ('split') when the call was merged (so the
// rejection lands on the edit that caused it) or was retried (an earlier attempt may have
// been applied and lost its reply: the retry is refused, yet the edit is done).
import type { OutboxEntry } from '../../../../shared/contract/index';
import { classify, errorText, platformMessage, SyncStopped } from '../errors';
import { BadEntryError } from '../payloads';
import { isPlatformError } from '../../platform/index';
import type { Decision } from '../decide';
import type { Ledger, Sent, Settled } from './ledger';

export type CallOutcome = 'ok' | 'skipped' | 'split' | 'failed';

export interface SendOptions {
  /** Runs inside the transaction that marks the entries sent. */
  within?: () => void;
  /** The entries were already redone once after a rejection: a new rejection is final. */
  verified?: boolean;
  /** One step of several: on success the entries stay 'sending' until the last step. */
  partial?: boolean;
}

export async function sendCall<P extends Sent>(ledger: Ledger, parts: readonly P[], call: (live: P[]) => Promise<void>, opts: SendOptions = {}): Promise<CallOutcome> {
  const live = ledger.sending(parts);
  if (live.length === 0) return 'skipped';
  try {
    await call(live);
  } catch (err) {
    return rejected(ledger, live.map((p) => p.entry), err, opts.verified ?? false);
  }
  if (!opts.partial) ledger.sent(live, opts.within);
  return 'ok';
}

function rejected(ledger: Ledger, entries: OutboxEntry[], err: unknown, verified: boolean): 'split' | 'failed' {
  const cls = classify(err);
  // A bug, not the platform: entries stay 'sending' and are re-checked against the platform next run.
  if (cls === null || !isPlatformError(err)) throw err;
  const message = platformMessage(err);
  if (cls !== 'permanent') {
    ledger.release(entries, message);
    throw new SyncStopped(message, err);
  }
  if (entries.length > 1 || (err.attempts > 1 && !verified)) {
    ledger.release(entries, null);
    return 'split';
  }
  ledger.failed(entries, message);
  return 'failed';
}

/** A read on behalf of `entries`; a permanent refusal (not ADMIN, not found) fails them. */
export async function readFor<T>(ledger: Ledger, entries: readonly OutboxEntry[], read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    const cls = classify(err);
    if (cls === null || !isPlatformError(err)) throw err;
    const message = platformMessage(err);
    if (cls !== 'permanent') throw new SyncStopped(message, err);
    ledger.failed(entries, message);
    return null;
  }
}

/** Settles every decision that needs no call and returns the sends, in entry order. */
export function settleAll<A>(ledger: Ledger, decided: ReadonlyArray<{ entry: OutboxEntry; decision: Decision<A> | { kind: 'fail'; message: string } }>): Array<{ entry: OutboxEntry; action: A; after: unknown }> {
  const settled: Settled[] = [];
  const sends: Array<{ entry: OutboxEntry; action: A; after: unknown }> = [];
  for (const { entry, decision: d } of decided) {
    if (d.kind === 'send') sends.push({ entry, action: d.action, after: d.after });
    else if (d.kind === 'done') settled.push({ entry, kind: 'done', remote: d.remote });
    else if (d.kind === 'conflict') settled.push({ entry, kind: 'conflict', theirs: d.theirs, remote: d.remote });
    else settled.push({ entry, kind: 'fail', message: d.message });
  }
  ledger.settle(settled);
  return sends;
}

/** Splits `items` into runs of neighbours with the same non-null key; a null key stands alone. */
export function runsOf<T>(items: readonly T[], key: (item: T) => string | null): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let currentKey: string | null = null;
  for (const item of items) {
    const k = key(item);
    if (k !== null && k === currentKey) {
      current.push(item);
      continue;
    }
    if (current.length) out.push(current);
    current = [item];
    currentKey = k;
  }
  if (current.length) out.push(current);
  return out;
}

/** Runs `decide`, turning an unreadable entry into a failure instead of a crash. */
export function safely<D>(entry: OutboxEntry, decide: () => D): D | { kind: 'fail'; message: string } {
  try {
    return decide();
  } catch (err) {
    if (err instanceof BadEntryError) return { kind: 'fail', message: errorText(err) };
    throw err;
  }
}
