// The sync engine's public surface: sync() pushes the outbox in order and then pulls, one run
// at a time (concurrent callers share it, other processes are kept out by a lease); resolve,
// retry and discard carry out the user's decisions. Knows nothing of tokens or transports:
// the caller hands it a platform client already holding the token.
import type { OutboxEntry, SyncReport } from '../../../shared/contract/index';
import type { Db } from '../../db/connection';
import type { SyncStateRecord } from '../../db/repos/syncState';
import { createSyncStateRepo } from '../../db/repos/syncState';
import type { EngineContext, EngineDeps } from './context';
import { createEngineContext } from './context';
import { createDecisions } from './decisions';
import { classify, errorText, platformMessage, SyncStopped } from './errors';
import { createLease } from './lease';
import { createHeld } from './push/held';
import type { PushRun } from './push/ledger';
import { push } from './push/push';
import { pull } from './pull/pull';
import { takeSnapshot } from '../../audit/snapshots/take';
import { toSnapshotSummary } from '../../audit/snapshots/summary';
import { isPlatformError } from '../platform/index';

export interface SyncEngine {
  /** Push then pull. A second call while a run is going returns the same run. */
  sync(): Promise<SyncReport>;
  /** keepMine: base := theirs, back to pending. takeTheirs: the platform's value locally, entry discarded. */
  resolve(id: number, choice: 'keepMine' | 'takeTheirs'): OutboxEntry;
  /** failed -> pending. */
  retry(id: number): OutboxEntry;
  /** pending|failed|conflict (or sending left by a crash) -> discarded, rows reverted to the last known remote value. */
  discard(id: number): OutboxEntry;
}

export type { EngineDeps } from './context';
export type { SyncStateRecord } from '../../db/repos/syncState';
export { LOCAL_ID_PROPERTY } from './push/projectCreate';

export const BUSY_MESSAGE = 'Another OrgDesk window or command is syncing this workspace; try again when it has finished';

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  const ctx = createEngineContext(deps);
  const lease = createLease(ctx);
  let inFlight: Promise<SyncReport> | null = null;
  const decisions = createDecisions(ctx, () => inFlight !== null || lease.heldElsewhere());

  const report = (pushed: number, pulled: number, error: string | null): SyncReport => {
    const c = ctx.repos.outbox.countsByState();
    return { pushed, pulled, conflicts: c.conflict, failed: c.failed, error };
  };

  const runOnce = async (): Promise<SyncReport> => {
    const unreachable = deps.probe ? await deps.probe() : null;
    if (unreachable !== null) {
      ctx.syncState.recordError(unreachable);
      return report(0, 0, unreachable);
    }
    if (!lease.acquire()) return report(0, 0, BUSY_MESSAGE);
    const run: PushRun = { held: createHeld(), pushed: 0, renewLease: () => lease.renew() };
    try {
      await push(ctx, run);
      ctx.syncState.recordPush(ctx.now());
      const pulled = await pull(ctx);
      // The snapshot commits with the pull's success mark: a pull is recorded as done exactly
      // when its snapshot exists. Pull applies areas in several transactions, so this is the
      // first moment the whole pulled state is in place.
      const snapshot = ctx.tx(() => {
        ctx.syncState.recordPull(ctx.now());
        ctx.syncState.recordError(null);
        return takeSnapshot(ctx.repos, ctx.now(), { source: 'pull', label: null });
      });
      deps.events.emit('snapshots.recorded', toSnapshotSummary(snapshot));
      return report(run.pushed, pulled, null);
    } catch (err) {
      return stopped(ctx, run, err, report);
    } finally {
      lease.release();
      ctx.notifier.flush();
    }
  };

  return {
    sync() {
      if (inFlight === null) {
        inFlight = runOnce().finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    resolve: (id, choice) => decisions.resolve(id, choice),
    retry: (id) => decisions.retry(id),
    discard: (id) => decisions.discard(id),
  };
}

/**
 * A run that ended early. Transient trouble is reported (the status bar says offline); a
 * refused token is thrown so the caller can ask for a new one; bugs propagate unchanged.
 */
function stopped(ctx: EngineContext, run: PushRun, err: unknown, report: (pushed: number, pulled: number, error: string | null) => SyncReport): SyncReport {
  if (err instanceof SyncStopped) {
    ctx.syncState.recordError(err.message);
    if (err.platformError && classify(err.platformError) === 'auth') throw err.platformError;
    return report(run.pushed, 0, err.message);
  }
  ctx.syncState.recordError(isPlatformError(err) ? platformMessage(err) : errorText(err));
  throw err;
}

export function readSyncState(db: Db): SyncStateRecord | null {
  return createSyncStateRepo(db).get();
}

/** Remembers which platform and user this workspace syncs with (never the token). */
export function recordConnection(db: Db, c: { platformUrl: string; user: string }): void {
  createSyncStateRepo(db).recordConnection(c.platformUrl, c.user);
}
