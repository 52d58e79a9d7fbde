// Background sync timing with fake timers: the periodic run, the short run after an edit,
// single-flight (an edit during a run means one more run after it, never two at once),
// exponential backoff while offline, and stop(). Plus the event wiring of startAutoSync.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunOutcome } from '../../../../main/sync/scheduler';
import { createSyncScheduler, startAutoSync } from '../../../../main/sync/scheduler';
import { createEventBus } from '../../../../main/rpc/eventBus';
import type { SyncReport, SyncStatus } from '../../../../shared/contract/index';

const timer = {
  set: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
const OPTS = { timer, intervalMs: 60_000, afterEditMs: 2_000, backoff: { firstMs: 5_000, maxMs: 40_000 } };

/** A run whose outcome the test chooses and whose completion it controls. */
function controllableRun() {
  const calls: number[] = [];
  let outcome: RunOutcome = 'synced';
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let active = 0;
  let maxActive = 0;
  return {
    calls,
    setOutcome: (o: RunOutcome) => (outcome = o),
    hold() {
      gate = new Promise((r) => (open = r));
    },
    release() {
      open();
      gate = null;
    },
    get maxActive() {
      return maxActive;
    },
    async run(): Promise<RunOutcome> {
      calls.push(Date.now());
      active += 1;
      maxActive = Math.max(maxActive, active);
      if (gate) await gate;
      active -= 1;
      return outcome;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSyncScheduler', () => {
  it('runs shortly after start, then every interval', async () => {
    const r = controllableRun();
    const s = createSyncScheduler({ ...OPTS, run: () => r.run() });
    s.start();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(r.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.calls).toEqual([2_000]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(r.calls).toEqual([2_000, 62_000, 122_000]);
    s.stop();
  });

  it('a local edit brings the next run forward; edits in the same window ride along', async () => {
    const r = controllableRun();
    const s = createSyncScheduler({ ...OPTS, run: () => r.run() });
    s.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(r.calls).toEqual([2_000]);
    s.nudge();
    await vi.advanceTimersByTimeAsync(1_000);
    s.nudge();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.calls).toEqual([2_000, 12_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(r.calls).toEqual([2_000, 12_000, 72_000]);
    s.stop();
  });

  it('never runs twice at once: an edit during a run schedules one more run after it', async () => {
    const r = controllableRun();
    const s = createSyncScheduler({ ...OPTS, run: () => r.run() });
    s.start();
    r.hold();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(r.calls).toHaveLength(1);
    s.nudge();
    s.nudge();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(r.calls).toHaveLength(1);
    r.release();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(r.calls).toEqual([2_000, 34_000]);
    expect(r.maxActive).toBe(1);
    s.stop();
  });

  it('backs off exponentially while offline, ignores edits meanwhile, and resets once back', async () => {
    const r = controllableRun();
    r.setOutcome('offline');
    const s = createSyncScheduler({ ...OPTS, run: () => r.run() });
    s.start();
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.advanceTimersByTimeAsync(10_000);
    s.nudge();
    await vi.advanceTimersByTimeAsync(20_000);
    await vi.advanceTimersByTimeAsync(40_000);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(r.calls).toEqual([2_000, 7_000, 17_000, 37_000, 77_000, 117_000]);
    r.setOutcome('synced');
    await vi.advanceTimersByTimeAsync(40_000);
    expect(r.calls.at(-1)).toBe(157_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(r.calls.at(-1)).toBe(217_000);
    s.stop();
  });

  it('a run that throws is reported and the schedule goes on', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const s = createSyncScheduler({
      ...OPTS,
      run: async () => {
        n += 1;
        throw new Error('boom');
      },
      onError: (e) => errors.push(e),
    });
    s.start();
    await vi.advanceTimersByTimeAsync(62_000);
    expect(n).toBe(2);
    expect(errors).toHaveLength(2);
    s.stop();
  });

  it('stop() cancels the timer and a run finishing after stop schedules nothing', async () => {
    const r = controllableRun();
    const s = createSyncScheduler({ ...OPTS, run: () => r.run() });
    s.start();
    r.hold();
    await vi.advanceTimersByTimeAsync(2_000);
    s.stop();
    r.release();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(r.calls).toHaveLength(1);
    s.nudge();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(r.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses real timers by default without keeping the process alive', () => {
    vi.useRealTimers();
    const s = createSyncScheduler({ run: async () => 'idle' });
    s.start();
    s.stop();
  });
});

function status(over: Partial<SyncStatus>): SyncStatus {
  return {
    state: 'upToDate',
    platformUrl: 'http://x',
    connectedUser: 'user-d',
    tokenStorage: 'this session only',
    tokenWarning: null,
    lastSyncAt: null,
    lastError: null,
    pending: 0,
    failed: 0,
    conflict: 0,
    ...over,
  };
}

describe('startAutoSync', () => {
  function fakeSync(initial: SyncStatus) {
    let current = initial;
    let report: SyncReport = { pushed: 0, pulled: 0, conflicts: 0, failed: 0, error: null };
    const runs: number[] = [];
    return {
      runs,
      setStatus: (s: SyncStatus) => (current = s),
      setReport: (r: SyncReport) => (report = r),
      target: {
        status: () => current,
        runNow: async () => {
          runs.push(Date.now());
          return report;
        },
      },
    };
  }

  it('skips runs while disconnected and syncs soon after connecting', async () => {
    const events = createEventBus();
    const sync = fakeSync(status({ state: 'disconnected' }));
    const stop = startAutoSync({ ...OPTS, sync: sync.target, events });
    await vi.advanceTimersByTimeAsync(70_000);
    expect(sync.runs).toEqual([]);
    sync.setStatus(status({}));
    events.emit('sync.statusChanged', status({}));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sync.runs).toEqual([72_000]);
    stop();
  });

  it('syncs shortly after the outbox gains pending edits, not when it shrinks', async () => {
    const events = createEventBus();
    const sync = fakeSync(status({}));
    const stop = startAutoSync({ ...OPTS, sync: sync.target, events });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sync.runs).toEqual([2_000]);
    events.emit('outbox.changed', { pending: 1, failed: 0, conflict: 0 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sync.runs).toEqual([2_000, 4_000]);
    events.emit('outbox.changed', { pending: 0, failed: 0, conflict: 0 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync.runs).toEqual([2_000, 4_000]);
    stop();
    events.emit('outbox.changed', { pending: 5, failed: 0, conflict: 0 });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sync.runs).toHaveLength(2);
  });

  it('a good manual run while backing off brings the normal interval back', async () => {
    const events = createEventBus();
    const sync = fakeSync(status({}));
    sync.setReport({ pushed: 0, pulled: 0, conflicts: 0, failed: 0, error: 'connection refused' });
    const stop = startAutoSync({ ...OPTS, sync: sync.target, events });
    await vi.advanceTimersByTimeAsync(2_000 + 5_000 + 10_000 + 20_000);
    expect(sync.runs).toEqual([2_000, 7_000, 17_000, 37_000]);
    events.emit('sync.statusChanged', status({ state: 'syncing' }));
    events.emit('sync.statusChanged', status({ state: 'upToDate' }));
    sync.setReport({ pushed: 0, pulled: 0, conflicts: 0, failed: 0, error: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sync.runs).toEqual([2_000, 7_000, 17_000, 37_000, 97_000]);
    stop();
  });

  it('a report with an error counts as offline (backoff)', async () => {
    const events = createEventBus();
    const sync = fakeSync(status({}));
    sync.setReport({ pushed: 0, pulled: 0, conflicts: 0, failed: 0, error: 'connection refused' });
    const stop = startAutoSync({ ...OPTS, sync: sync.target, events });
    await vi.advanceTimersByTimeAsync(2_000 + 5_000 + 10_000);
    expect(sync.runs).toEqual([2_000, 7_000, 17_000]);
    stop();
  });
});
