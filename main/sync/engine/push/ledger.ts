// Every outbox state change a push makes, each in its own committed transaction so a crash
// at any point leaves an honest record: 'sending' before a call goes out, 'sent' (with the
// platform's value remembered) once it is known applied, 'conflict' with theirs, 'failed'
// with the platform's message, or back to 'pending' when the run stops. Every real change to
// sent, conflict or failed appends its outcome to the edit log in the same transaction
// ('sending' and the return to 'pending' are bookkeeping, not outcomes).
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import { areasOf } from '../targets';
import type { Held } from './held';

export interface PushRun {
  held: Held;
  pushed: number;
  /** Keeps the run lease alive while long pushes go on. */
  renewLease(): void;
}

export type Settled =
  | { entry: OutboxEntry; kind: 'done'; remote: unknown }
  | { entry: OutboxEntry; kind: 'conflict'; theirs: Record<string, unknown>; remote: unknown }
  | { entry: OutboxEntry; kind: 'fail'; message: string };

export interface Sent {
  entry: OutboxEntry;
  after: unknown;
  remoteRef?: string;
}

export function createLedger(ctx: EngineContext, run: PushRun) {
  const { outbox, editLog } = ctx.repos;
  const touch = (entries: readonly OutboxEntry[]) => {
    for (const e of entries) ctx.notifier.touch(areasOf(e.op));
  };
  return {
    /** Entries decided without a call: already applied, in conflict, or unreadable. */
    settle(items: readonly Settled[]): void {
      if (items.length === 0) return;
      ctx.tx(() => {
        const at = ctx.now();
        for (const item of items) {
          if (item.kind === 'fail') {
            if (outbox.markFailed(item.entry.id, item.message)) editLog.appendOutcome(item.entry, 'failed', ctx.actingUser, at, { message: item.message });
            continue;
          }
          ctx.remoteValues.put(item.entry.target, item.remote, at);
          if (item.kind === 'done') {
            if (outbox.markSent(item.entry.id)) editLog.appendOutcome(item.entry, 'sent', ctx.actingUser, at);
          } else if (outbox.markConflict(item.entry.id, item.theirs)) {
            editLog.appendOutcome(item.entry, 'conflict', ctx.actingUser, at, { theirs: item.theirs });
          }
        }
      });
      for (const item of items) {
        if (item.kind === 'done') run.pushed += 1;
        else run.held.hold(item.entry);
      }
      touch(items.map((i) => i.entry));
    },

    /** Marks entries 'sending' before their call; returns those still eligible (not discarded meanwhile). */
    sending<T extends { entry: OutboxEntry }>(parts: readonly T[]): T[] {
      run.renewLease();
      const live = ctx.tx(() => {
        const at = ctx.now();
        return parts.filter((p) => outbox.markSending(p.entry.id, at));
      });
      touch(live.map((p) => p.entry));
      return live;
    },

    /** `within` runs in the same transaction (a create's ID remap must not be separable from 'sent'). */
    sent(items: readonly Sent[], within?: () => void): void {
      ctx.tx(() => {
        const at = ctx.now();
        for (const item of items) {
          ctx.remoteValues.put(item.entry.target, item.after, at);
          if (outbox.markSent(item.entry.id, item.remoteRef ?? null)) editLog.appendOutcome(item.entry, 'sent', ctx.actingUser, at);
        }
        within?.();
      });
      run.pushed += items.length;
      touch(items.map((i) => i.entry));
    },

    failed(entries: readonly OutboxEntry[], message: string): void {
      ctx.tx(() => {
        const at = ctx.now();
        for (const e of entries) {
          if (outbox.markFailed(e.id, message)) editLog.appendOutcome(e, 'failed', ctx.actingUser, at, { message });
        }
      });
      for (const e of entries) run.held.hold(e);
      touch(entries);
    },

    /** Back to pending (the run stopped, or a batch is retried one by one). */
    release(entries: readonly OutboxEntry[], message: string | null): void {
      ctx.tx(() => {
        for (const e of entries) outbox.markPending(e.id, message);
      });
      touch(entries);
    },
  };
}
export type Ledger = ReturnType<typeof createLedger>;
