// The heatmap's one computed model per workspace version, built without blocking the event
// loop: loading and the access pass run in slices (cooperative.ts), every caller of get()
// shares the one computation in flight, and a warm-up starts it in the background shortly
// after a non-empty workspace opens and after edits (debounced), so the first window finds
// it ready. A workspace.changed event cancels the computation in flight (its waiters start
// the next one); SQLite's data_version + total_changes catch commits of other processes.
// Timers are unref'd and close() clears them, so one-shot CLI commands and tests never wait.
import type { Db } from '../db/connection';
import type { EventBus } from '../rpc/eventBus';
import { AppError } from '../../shared/rpc/index';
import { workspaceVersion } from '../import/plan/workspaceVersion';
import type { Steps } from './cooperative';
import { CancelledError, runSliced } from './cooperative';
import type { HeatmapModel } from './model';
import { buildModelSteps } from './model';
import { loadSnapshotSteps } from './snapshot';

export interface ModelCacheOptions {
  /** Work per event-loop turn. */
  sliceMs?: number;
  /** Warm-up delay after opening a non-empty workspace (null: no warm-up at open). */
  openDelayMs?: number | null;
  /** Warm-up delay after the last workspace.changed (null: no warm-up after edits). */
  changeDelayMs?: number | null;
  /** Observers (tests, benchmarks). */
  onSlice?(ms: number): void;
  onComputeStart?(): void;
}

/** One computed model and what is derived from it (layouts, what-ifs), dropped together. */
export interface Computed<C> {
  token: string;
  version: string;
  model: HeatmapModel;
  derived: C;
}

interface Job {
  cancelled: string | null;
  promise: Promise<{ token: string; model: HeatmapModel }>;
}

const DEFAULTS = { sliceMs: 12, openDelayMs: 1000, changeDelayMs: 1500 };

/** `afterWarm`: more background work on a model a warm-up has just built (its promise is not awaited). */
export function createModelCache<C>(db: Db, events: EventBus, derive: () => C, options: ModelCacheOptions = {}, afterWarm?: (c: Computed<C>) => Promise<unknown>) {
  const opts = { ...DEFAULTS, ...options };
  const token = workspaceVersion(db);
  let generation = 0;
  let current: Computed<C> | null = null;
  let inflight: Job | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  /** Warm-ups not finished yet, their afterWarm work included. */
  let warming = 0;

  const stopped = (): string | null => (closed || !db.open ? 'the workspace is closed' : null);

  function* steps(): Steps<{ token: string; model: HeatmapModel }> {
    const loaded = yield* loadSnapshotSteps(db, token);
    const model = yield* buildModelSteps(loaded.snapshot);
    return { token: loaded.token, model };
  }

  function start(): Job {
    opts.onComputeStart?.();
    const job = { cancelled: null } as Job;
    job.promise = runSliced(steps(), { sliceMs: opts.sliceMs, cancelled: () => job.cancelled ?? stopped(), ...(opts.onSlice ? { onSlice: opts.onSlice } : {}) }).finally(() => {
      if (inflight === job) inflight = null;
    });
    inflight = job;
    return job;
  }

  function cancelInflight(reason: string): void {
    if (inflight) inflight.cancelled = reason;
    inflight = null;
  }

  function clearTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function warm(): void {
    timer = null;
    if (stopped() !== null || inflight) return;
    if (current && current.token === token()) return;
    // Nobody waits on a warm-up: a failure here is met again, and reported, by the next request.
    warming++;
    start()
      .promise.then((r) => {
        const c = adopt(r);
        return afterWarm && c.token === token() ? afterWarm(c) : undefined;
      })
      .catch(() => {})
      .finally(() => warming--);
  }

  function schedule(delay: number | null): void {
    if (delay === null || closed) return;
    clearTimer();
    timer = setTimeout(warm, delay);
    timer.unref();
  }

  function adopt(r: { token: string; model: HeatmapModel }): Computed<C> {
    if (!current || current.token !== r.token) current = { token: r.token, version: `${++generation}`, model: r.model, derived: derive() };
    return current;
  }

  const unsubscribe = events.subscribe((event) => {
    if (event !== 'workspace.changed') return;
    current = null;
    cancelInflight('the workspace changed');
    schedule(opts.changeDelayMs);
  });
  if (opts.openDelayMs !== null && hasAccessRows(db)) schedule(opts.openDelayMs);

  return {
    /** The model of the workspace as it is now; waits for (or starts) the shared computation. */
    async get(): Promise<Computed<C>> {
      for (;;) {
        const reason = stopped();
        if (reason !== null) throw new AppError('InvalidState', `heatmap: ${reason}`);
        const now = token();
        if (current && current.token === now) return current;
        current = null;
        const job = inflight ?? start();
        try {
          const r = await job.promise;
          if (r.token === token()) return adopt(r);
        } catch (err) {
          // Cancelled by an edit: go round and wait for the computation of the new version.
          if (!(err instanceof CancelledError)) throw err;
        }
      }
    },
    /** Runs more steps over a model in slices, stopped by close() like the model's own computation. */
    run<T>(more: Steps<T>): Promise<T> {
      return runSliced(more, { sliceMs: opts.sliceMs, cancelled: stopped, ...(opts.onSlice ? { onSlice: opts.onSlice } : {}) });
    },
    /** True while a computation is in flight or a warm-up is scheduled. */
    busy(): boolean {
      return inflight !== null || timer !== null || warming > 0;
    },
    close(): void {
      closed = true;
      clearTimer();
      cancelInflight('the workspace is closed');
      unsubscribe();
      current = null;
    },
  };
}
export type ModelCache<C> = ReturnType<typeof createModelCache<C>>;

/** An empty or people-only workspace has no cells: nothing worth warming. */
function hasAccessRows(db: Db): boolean {
  const row = db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM memberships) OR EXISTS (SELECT 1 FROM project_grants) AS n').get();
  return (row?.n ?? 0) === 1;
}
