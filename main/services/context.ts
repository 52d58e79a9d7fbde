// What every service gets (connection, repos, event bus, clock) and the one way an edit is
// committed: domain rows, the outbox entry and its edit log row in a single transaction,
// events only after commit. Services never emit before the transaction has returned.
import type { Db } from '../db/connection';
import type { NewOutboxEntry, Repos } from '../db/repos/index';
import type { EventBus } from '../rpc/eventBus';
import type { Decision } from '../../shared/domain/index';
import { deny } from '../../shared/domain/index';
import { events } from '../../shared/contract/index';
import type { EventPayload } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';

export type ChangeArea = EventPayload<'workspace.changed'>['areas'][number];
/** The contract's own order of areas (shared/contract/index does not re-export CHANGE_AREAS). */
const CHANGE_AREAS: readonly ChangeArea[] = events['workspace.changed'].payload.shape.areas.element.options;

export interface ServiceContext {
  db: Db;
  repos: Repos;
  events: EventBus;
  workspacePath: string;
  now(): number;
  /** Uniform in [0, 1): used for offline object IDs. */
  random(): number;
}

export const NO_ACTOR_MESSAGE = 'No acting user: open the demo workspace or connect to a platform';

export function actingUser(ctx: ServiceContext): string | null {
  return ctx.repos.settings.get('acting_user');
}

export function requireActor(ctx: ServiceContext): string {
  const actor = actingUser(ctx);
  if (!actor) throw new AppError('InvalidState', NO_ACTOR_MESSAGE);
  return actor;
}

/** A decision for views when nobody is acting yet. */
export function noActorDecision(): Decision {
  return deny(NO_ACTOR_MESSAGE);
}

export function check(decision: Decision): void {
  if (!decision.allowed) throw new AppError('PermissionDenied', decision.reason);
}

export type QueuedEdit = Omit<NewOutboxEntry, 'actingUser' | 'createdAt'>;

/** Runs `write` in one transaction; `write` returns its result and the outbox entries to add. */
export function commitEdit<T>(ctx: ServiceContext, actor: string, areas: ChangeArea[], write: () => { result: T; queue: QueuedEdit[] }): T {
  const result = ctx.db.transaction(() => {
    const out = write();
    const createdAt = ctx.now();
    for (const queued of out.queue) {
      const entry = { ...queued, actingUser: actor, createdAt };
      // Same transaction as the outbox row: no edit can exist without its log row.
      ctx.repos.editLog.appendEdit(ctx.repos.outbox.insert(entry), entry);
    }
    return out;
  }).immediate();
  notifyChanged(ctx, result.queue.length > 0 ? [...areas, 'outbox'] : areas, result.queue.length > 0);
  return result.result;
}

interface Note {
  areas: ChangeArea[];
  outboxChanged: boolean;
}
const deferredNotes = new WeakMap<Db, Note[]>();

/**
 * Runs a whole user action (lookups, checks and writes) in one IMMEDIATE transaction, so the
 * checks see the state the writes apply to even when the CLI and the app share the file.
 * Events raised inside are emitted once, after the outermost commit; none on rollback.
 */
export function atomically<T>(ctx: ServiceContext, action: () => T): T {
  if (ctx.db.inTransaction) return action();
  const notes: Note[] = [];
  deferredNotes.set(ctx.db, notes);
  let result: T;
  try {
    result = ctx.db.transaction(action).immediate();
  } finally {
    deferredNotes.delete(ctx.db);
  }
  const areas = [...new Set(notes.flatMap((n) => n.areas))];
  notifyChanged(ctx, areas, notes.some((n) => n.outboxChanged));
  return result;
}

export function notifyChanged(ctx: ServiceContext, areas: ChangeArea[], outboxChanged: boolean): void {
  if (areas.length === 0) return;
  const deferred = deferredNotes.get(ctx.db);
  if (deferred) {
    deferred.push({ areas, outboxChanged });
    return;
  }
  ctx.events.emit('workspace.changed', { areas: CHANGE_AREAS.filter((a) => areas.includes(a)) });
  if (outboxChanged) ctx.events.emit('outbox.changed', outboxCounts(ctx));
}

export function outboxCounts(ctx: ServiceContext): { pending: number; failed: number; conflict: number } {
  const c = ctx.repos.outbox.countsByState();
  return { pending: c.pending + c.sending, failed: c.failed, conflict: c.conflict };
}
