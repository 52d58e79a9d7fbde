// Background sync for the desktop app: a run every interval, one shortly after a local edit,
// never two at once, and exponential backoff while the platform is unreachable. Owns timing
// only; what a run does is the sync service's business. The CLI never starts it.
import type { EventBus } from '../rpc/eventBus';
import type { SyncReport, SyncStatus } from '../../shared/contract/index';

export interface SchedulerTimer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** synced: the platform answered; offline: it could not be reached; idle: nothing to do (not connected). */
export type RunOutcome = 'synced' | 'offline' | 'idle';

export interface SchedulerOptions {
  run(): Promise<RunOutcome>;
  timer?: SchedulerTimer;
  intervalMs?: number;
  afterEditMs?: number;
  backoff?: { firstMs: number; maxMs: number };
  onError?(err: unknown): void;
}

export interface SyncScheduler {
  start(): void;
  stop(): void;
  /** A local edit was queued: sync soon (not sooner than a running backoff allows). */
  nudge(): void;
  /** The platform answered some other run (Sync now): drop the backoff. */
  reachable(): void;
}

export const DEFAULT_INTERVAL_MS = 60_000;
export const DEFAULT_AFTER_EDIT_MS = 2_000;
export const DEFAULT_BACKOFF = { firstMs: 5_000, maxMs: 300_000 } as const;

export const realTimer: SchedulerTimer = {
  set(fn, ms) {
    const handle = setTimeout(fn, ms);
    // A pending background sync must not keep a closing process alive.
    handle.unref?.();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export function createSyncScheduler(opts: SchedulerOptions): SyncScheduler {
  const timer = opts.timer ?? realTimer;
  const intervalMs = opts.intervalMs ?? DEFAULT_INTERVAL_MS;
  const afterEditMs = opts.afterEditMs ?? DEFAULT_AFTER_EDIT_MS;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;

  let started = false;
  let running = false;
  let handle: unknown = null;
  /** Set while the next timer is a short after-edit one, so further edits ride along with it. */
  let soon = false;
  let editDuringRun = false;
  /** Consecutive offline runs; 0 when the platform last answered. */
  let failures = 0;

  const arm = (ms: number, isSoon: boolean): void => {
    if (handle !== null) timer.clear(handle);
    soon = isSoon;
    handle = timer.set(() => {
      handle = null;
      soon = false;
      void tick();
    }, ms);
  };

  const backoffMs = (): number => Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));

  const tick = async (): Promise<void> => {
    if (!started || running) return;
    running = true;
    editDuringRun = false;
    let outcome: RunOutcome;
    try {
      outcome = await opts.run();
    } catch (err) {
      opts.onError?.(err);
      outcome = 'idle';
    } finally {
      running = false;
    }
    if (!started) return;
    if (outcome === 'offline') {
      failures += 1;
      arm(backoffMs(), false);
    } else {
      failures = 0;
      if (editDuringRun) arm(afterEditMs, true);
      else arm(intervalMs, false);
    }
  };

  return {
    start() {
      if (started) return;
      started = true;
      failures = 0;
      arm(afterEditMs, true);
    },
    stop() {
      started = false;
      if (handle !== null) timer.clear(handle);
      handle = null;
      soon = false;
    },
    nudge() {
      if (!started) return;
      if (running) {
        editDuringRun = true;
        return;
      }
      // While offline the backoff decides: edits keep queueing locally either way.
      if (failures > 0 || soon) return;
      arm(afterEditMs, true);
    },
    reachable() {
      if (!started || running || failures === 0) return;
      failures = 0;
      arm(intervalMs, false);
    },
  };
}

/** What auto-sync needs from the sync service. */
export interface AutoSyncTarget {
  status(): SyncStatus;
  runNow(): Promise<SyncReport>;
}

/**
 * Starts background sync over `sync`: nudged when the outbox gains pending entries (a local
 * edit, a retry, a keep-mine) and when the workspace gets connected. Returns a stop function.
 */
export function startAutoSync(opts: { sync: AutoSyncTarget; events: EventBus } & Omit<SchedulerOptions, 'run'>): () => void {
  const { sync, events, ...schedulerOpts } = opts;
  const scheduler = createSyncScheduler({
    ...schedulerOpts,
    async run() {
      if (sync.status().state === 'disconnected') return 'idle';
      const report = await sync.runNow();
      return report.error === null ? 'synced' : 'offline';
    },
  });
  let lastPending = sync.status().pending;
  let lastState = sync.status().state;
  const unsubscribe = events.subscribe((event, payload) => {
    if (event === 'outbox.changed') {
      const { pending } = payload as { pending: number };
      if (pending > lastPending) scheduler.nudge();
      lastPending = pending;
    } else if (event === 'sync.statusChanged') {
      const { state } = payload as SyncStatus;
      if (lastState === 'disconnected' && state !== 'disconnected') scheduler.nudge();
      if (lastState === 'syncing' && (state === 'upToDate' || state === 'attention')) scheduler.reachable();
      lastState = state;
    }
  });
  scheduler.start();
  return () => {
    unsubscribe();
    scheduler.stop();
  };
}
