// The push half of a sync: every active outbox entry in ID order. Failed and conflicting
// entries hold their target (later edits of the same thing wait; others go on). Entries of one
// org / project / app form a window read from the platform together, and a few windows on
// different owners go at once; the order of edits of different kinds is always kept. A run
// stops at the first transient failure; what was not sent stays pending.
import type { OutboxEntry } from '../../../../shared/contract/index';
import type { EngineContext } from '../context';
import { parseTarget, windowKey } from '../targets';
import { pushApps } from './apps';
import { pushGrants } from './grants';
import type { Ledger, PushRun } from './ledger';
import { createLedger } from './ledger';
import { pushMembers } from './members';
import { pushOrgCreate, pushOrgUpdate } from './orgs';
import { pushProjectCreate } from './projectCreate';
import { pushProjectUpdate } from './settings';

/** Entries read per query, and the most entries one window reads and merges at once. */
const PAGE = 1000;
export const MAX_WINDOW = 500;
/** Windows of one kind on different orgs / projects / apps are independent: up to this many go at once. */
export const PARALLEL_WINDOWS = 4;

export async function push(ctx: EngineContext, run: PushRun): Promise<void> {
  const ledger = createLedger(ctx, run);
  const maxId = ctx.repos.outbox.maxId();
  let cursor = 0;
  for (;;) {
    const page = ctx.repos.outbox.activeAfter(cursor, maxId, PAGE);
    if (page.length === 0) return;
    const taken = new Set<number>();
    let requery = false;
    for (let i = 0; i < page.length && !requery; i++) {
      const entry = page[i] as OutboxEntry;
      if (taken.has(entry.id)) continue;
      taken.add(entry.id);
      if (!sendable(ctx, run, entry)) continue;
      const key = windowKey(entry);
      if (key === null) requery = await pushSingle(ctx, ledger, entry);
      else await pushWindows(ctx, ledger, independentWindows(ctx, run, page, i, key, taken));
      ctx.notifier.flush();
    }
    cursor = requery ? lastTaken(page, taken) : (page[page.length - 1] as OutboxEntry).id;
  }
}

/** After a remap the page is stale: resume after the last entry handled in order. */
function lastTaken(page: readonly OutboxEntry[], taken: ReadonlySet<number>): number {
  let last = 0;
  for (const e of page) {
    if (!taken.has(e.id)) break;
    last = e.id;
  }
  return last;
}

/** Holds what must wait and says whether `entry` may go now. */
function sendable(ctx: EngineContext, run: PushRun, entry: OutboxEntry): boolean {
  if (entry.state === 'failed' || entry.state === 'conflict') {
    run.held.hold(entry);
    return false;
  }
  if (run.held.blocks(entry)) {
    run.held.hold(entry);
    return false;
  }
  if (entry.actingUser !== ctx.actingUser) {
    // Sending it with this token would make it in someone else's name.
    const note = `Made as ${entry.actingUser}; connect as ${entry.actingUser} to send it`;
    if (entry.error !== note) ctx.tx(() => ctx.repos.outbox.setError(entry.id, note));
    run.held.hold(entry);
    return false;
  }
  return true;
}

const kindOf = (key: string): string => key.slice(0, key.indexOf(':'));

/**
 * The window at `start` and up to PARALLEL_WINDOWS - 1 more of the same kind on other owners,
 * each starting before any sendable edit of another kind (whose order must be kept).
 */
function independentWindows(ctx: EngineContext, run: PushRun, page: readonly OutboxEntry[], start: number, key: string, taken: Set<number>): Array<{ key: string; window: OutboxEntry[] }> {
  const windows = [{ key, window: gather(ctx, run, page, start, key, taken) }];
  const keys = new Set([key]);
  for (let k = start + 1; k < page.length && windows.length < PARALLEL_WINDOWS; k++) {
    const e = page[k] as OutboxEntry;
    if (taken.has(e.id)) continue;
    if (!sendable(ctx, run, e)) {
      taken.add(e.id);
      continue;
    }
    const next = windowKey(e);
    if (next === null || kindOf(next) !== kindOf(key)) break;
    if (keys.has(next)) continue;
    keys.add(next);
    taken.add(e.id);
    windows.push({ key: next, window: gather(ctx, run, page, k, next, taken) });
  }
  return windows;
}

/** Every window runs to its end (none is left sending in the background) before a stop is reported. */
async function pushWindows(ctx: EngineContext, ledger: Ledger, windows: ReadonlyArray<{ key: string; window: OutboxEntry[] }>): Promise<void> {
  const results = await Promise.allSettled(windows.map((w) => pushWindow(ctx, ledger, w.key, w.window)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * The window starting at `start`: later entries with the same key and distinct targets.
 * Entries that wait are stepped over (they are not sent, so order is kept), and so are edits
 * of the same kind on another org / project / app (independent of these; they get their own
 * window). A sendable edit of another kind ends the window, since order across kinds matters
 * (a removal revokes grants). A second edit of a target already in the window ends it too, so
 * every decision is made against a fresh read.
 */
function gather(ctx: EngineContext, run: PushRun, page: readonly OutboxEntry[], start: number, key: string, taken: Set<number>): OutboxEntry[] {
  const first = page[start] as OutboxEntry;
  const window: OutboxEntry[] = [first];
  const targets = new Set<string>([first.target]);
  for (let j = start + 1; j < page.length && window.length < MAX_WINDOW; j++) {
    const e = page[j] as OutboxEntry;
    if (taken.has(e.id)) continue;
    if (!sendable(ctx, run, e)) {
      taken.add(e.id);
      continue;
    }
    const k = windowKey(e);
    if (k === null || kindOf(k) !== kindOf(key)) break;
    if (k !== key) continue;
    if (targets.has(e.target)) break;
    targets.add(e.target);
    taken.add(e.id);
    window.push(e);
  }
  return window;
}

async function pushWindow(ctx: EngineContext, ledger: Ledger, key: string, window: OutboxEntry[]): Promise<void> {
  const [first] = window;
  const owner = first ? parseTarget(first.target)?.owner : undefined;
  if (!first || owner === undefined) return;
  if (key.startsWith('members:')) await pushMembers(ctx, ledger, owner, window);
  else if (key.startsWith('grants:')) await pushGrants(ctx, ledger, owner, window);
  else await pushApps(ctx, ledger, owner, window);
}

/** Returns true when the outbox was rewritten (a created project got its real ID). */
async function pushSingle(ctx: EngineContext, ledger: Ledger, entry: OutboxEntry): Promise<boolean> {
  switch (entry.op) {
    case 'project.create':
      return (await pushProjectCreate(ctx, ledger, entry)).remapped;
    case 'project.update':
      await pushProjectUpdate(ctx, ledger, entry);
      return false;
    case 'org.create':
      await pushOrgCreate(ctx, ledger, entry);
      return false;
    case 'org.update':
      await pushOrgUpdate(ctx, ledger, entry);
      return false;
    default:
      ledger.settle([{ entry, kind: 'fail', message: `Outbox entry ${entry.id} has an unknown target ${entry.target}` }]);
      return false;
  }
}
