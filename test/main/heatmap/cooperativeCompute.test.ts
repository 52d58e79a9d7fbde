// The heatmap's whole-workspace computation off the critical path: sliced runs give the same
// model as the one-transaction synchronous path, concurrent requests share one computation,
// an edit mid-way yields fresh results, the event loop keeps turning meanwhile, warm-ups are
// debounced and prepare the model, and close() leaves no timer or computation behind.
// Real SQLite (a generated workspace of 1,500 users); assertions on counts, never on times.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HeatmapWindow } from '../../../shared/contract/index';
import { HeatmapWindowInputSchema } from '../../../shared/contract/index';
import type { OrgDeskApp } from '../../../main/app';
import { runSliced, runToEnd } from '../../../main/heatmap/cooperative';
import { buildModel, buildModelSteps } from '../../../main/heatmap/model';
import type { ModelCacheOptions } from '../../../main/heatmap/modelCache';
import { loadSnapshot, loadSnapshotSteps } from '../../../main/heatmap/snapshot';
import { workspaceVersion } from '../../../main/import/plan/workspaceVersion';
import { createHeatmapService } from '../../../main/services/heatmap';
import { buildWorkspace } from '../../bench/accessBench';
import { seededRandom } from '../../bench/benchModule';
import { closeAll, emptyApp } from '../services/fixtures';

afterEach(() => {
  vi.useRealTimers();
  closeAll();
});

const SIZE = { users: 1_500, orgs: 30, projects: 400, samples: 0 };

interface Probe {
  starts: number;
  slices: number;
}

function bigApp(): OrgDeskApp {
  const app = emptyApp();
  buildWorkspace(app, SIZE, seededRandom(7));
  return app;
}

/** A heatmap service of its own over the app's workspace, one step per slice (deterministic counts), with counters. */
function service(app: OrgDeskApp, options: ModelCacheOptions = {}) {
  const probe: Probe = { starts: 0, slices: 0 };
  const svc = createHeatmapService(
    { db: app.db, repos: app.repos, events: app.events, workspacePath: app.workspacePath, now: () => Date.now(), random: () => 0.5 },
    { sliceMs: 0, openDelayMs: null, changeDelayMs: null, onComputeStart: () => probe.starts++, onSlice: () => probe.slices++, ...options },
  );
  return { svc, probe };
}

const input = (q: Record<string, unknown> = {}) => HeatmapWindowInputSchema.parse({ rows: { start: 0, end: 200 }, cols: { start: 0, end: 200 }, ...q });
const cellsOf = (w: HeatmapWindow) => ({ rows: w.rows, cols: w.cols, cells: w.cells, via: w.via, orgs: w.orgs, totalRows: w.totalRows, totalCols: w.totalCols });
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A MEMBER whose projectAccess in an org with grants can drop to NONE, and an ADMIN of that org to act. */
function memberToDemote(app: OrgDeskApp): { org: string; user: string; admin: string } {
  const row = app.db
    .prepare<[], { org: string; user: string; admin: string }>(
      `SELECT m.org_id AS org, m.user_id AS user, a.user_id AS admin FROM memberships m
       JOIN memberships a ON a.org_id = m.org_id AND a.level = 'ADMIN'
       WHERE m.level = 'MEMBER' AND m.project_access IN ('CONTRIBUTE', 'ADMINISTER')
         AND EXISTS (SELECT 1 FROM project_grants g WHERE g.principal = m.org_id AND g.level != 'VIEW')
         AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.user_id = m.user_id AND o.org_id != m.org_id)
       ORDER BY m.org_id, m.user_id LIMIT 1`,
    )
    .get();
  if (!row) throw new Error('the generated workspace has no member to demote');
  return row;
}

describe('sliced computation', () => {
  it('loads and builds the same model in slices, reading in chunks, as in one transaction', async () => {
    const app = bigApp();
    let slices = 0;
    const sliced = await runSliced(
      (function* () {
        const loaded = yield* loadSnapshotSteps(app.db, workspaceVersion(app.db));
        return yield* buildModelSteps(loaded.snapshot);
      })(),
      { sliceMs: 0, cancelled: () => null, onSlice: () => slices++ },
    );
    const whole = buildModel(loadSnapshot(app.db));
    expect(slices).toBeGreaterThan(10);
    expect(sliced.matrix.size).toBeGreaterThan(SIZE.users);
    expect(sliced).toEqual(whole);
  });

  it('restarts the read when something commits between chunks, and returns the new state', () => {
    const app = bigApp();
    const token = workspaceVersion(app.db);
    const steps = loadSnapshotSteps(app.db, token);
    steps.next();
    steps.next();
    app.db.prepare("UPDATE memberships SET project_access = 'NONE' WHERE level = 'MEMBER'").run();
    const loaded = runToEnd(steps);
    expect(loaded.token).toBe(token());
    expect(loaded.snapshot).toEqual(loadSnapshot(app.db));
  });
});

describe('heatmap service computation', () => {
  it('concurrent requests share one computation and get the same version', async () => {
    const app = bigApp();
    const { svc, probe } = service(app);
    const [a, b, c] = await Promise.all([svc.window(input()), svc.window(input({ rowSort: 'access' })), svc.whatIf({ change: { kind: 'setOrgGrant', org: 'org-o1', project: 'Project 1', level: null } })]);
    expect(probe.starts).toBe(1);
    expect(a.version).toBe(b.version);
    expect(c.description).toContain('org-o1');
    await svc.window(input());
    expect(probe.starts).toBe(1);
  });

  it('keeps the event loop turning while it computes', async () => {
    const app = bigApp();
    const { svc, probe } = service(app);
    let ticks = 0;
    let done = false;
    const tick = (): void => {
      ticks++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const pending = svc.window(input()).finally(() => {
      done = true;
    });
    // Another caller is served while the heatmap is still computing.
    const other = await new Promise<number>((resolve) => setImmediate(() => resolve(app.services.orgs.list().orgs.length)));
    expect(other).toBe(SIZE.orgs);
    expect(done).toBe(false);
    await pending;
    expect(probe.slices).toBeGreaterThan(10);
    expect(ticks).toBeGreaterThanOrEqual(probe.slices - 1);
  });

  it('an edit during the computation cancels it; the waiting request gets the edited state', async () => {
    const app = bigApp();
    const { org, user, admin } = memberToDemote(app);
    const q = input({ text: user });
    const before = cellsOf(await service(app).svc.window(q));
    const { svc, probe } = service(app);
    const pending = svc.window(q);
    while (probe.slices < 3) await turn();
    app.services.workspace.setActingUser(admin);
    app.services.members.update({ org, user, projectAccess: 'NONE' });
    const after = cellsOf(await pending);
    expect(probe.starts).toBeGreaterThanOrEqual(2);
    expect(after).not.toEqual(before);
    expect(after).toEqual(cellsOf(await service(app).svc.window(q)));
  });

  it('notices a commit from another connection that raised no event', async () => {
    const app = bigApp();
    const { svc, probe } = service(app);
    const first = await svc.window(input());
    const Database = (app.db.constructor as unknown) as new (file: string) => { prepare(sql: string): { run(): unknown }; close(): void };
    const other = new Database(app.workspacePath);
    other.prepare("UPDATE memberships SET project_access = 'NONE' WHERE level = 'MEMBER'").run();
    other.close();
    const second = await svc.window(input());
    expect(probe.starts).toBe(2);
    expect(second.version).not.toBe(first.version);
    expect(cellsOf(second)).not.toEqual(cellsOf(first));
  });
});

describe('heatmap warm-up', () => {
  it('after open and after edits (debounced), so the next request finds the model ready', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const app = bigApp();
    const { svc, probe } = service(app, { openDelayMs: 100, changeDelayMs: 100 });
    expect(svc.busy()).toBe(true);
    vi.advanceTimersByTime(100);
    expect(probe.starts).toBe(1);
    while (svc.busy()) await turn();
    await svc.window(input());
    expect(probe.starts).toBe(1);

    // Two edits 60 ms apart: one warm-up, 100 ms after the last one.
    const { org, user, admin } = memberToDemote(app);
    app.services.workspace.setActingUser(admin);
    vi.advanceTimersByTime(60);
    app.services.members.update({ org, user, projectAccess: 'VIEW' });
    vi.advanceTimersByTime(60);
    expect(probe.starts).toBe(1);
    vi.advanceTimersByTime(40);
    expect(probe.starts).toBe(2);
    while (svc.busy()) await turn();
    const w = await svc.window(input({ text: user }));
    expect(probe.starts).toBe(2);
    expect(w.rows.map((r) => r.id)).toContain(user);
  });

  it('does not warm an empty workspace', () => {
    const app = emptyApp();
    const { svc } = service(app, { openDelayMs: 100 });
    expect(svc.busy()).toBe(false);
  });

  it('close() clears a scheduled warm-up and stops the computation in flight', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const app = bigApp();
    const scheduled = service(app, { openDelayMs: 100 });
    expect(scheduled.svc.busy()).toBe(true);
    scheduled.svc.close();
    expect(scheduled.svc.busy()).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(scheduled.probe.starts).toBe(0);

    const { svc, probe } = service(app);
    const pending = svc.window(input()).then(
      () => 'resolved',
      (err: unknown) => (err instanceof Error ? err.message : String(err)),
    );
    while (probe.slices < 2) await turn();
    svc.close();
    expect(await pending).toBe('heatmap: the workspace is closed');
    const slices = probe.slices;
    for (let i = 0; i < 5; i++) await turn();
    expect(probe.slices).toBe(slices);
    expect(svc.busy()).toBe(false);
  });

  it("app.close() stops the app's own heatmap warm-up", () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const app = bigApp();
    app.events.emit('workspace.changed', { areas: ['projects'] });
    expect(app.services.heatmap.busy()).toBe(true);
    app.close();
    expect(app.services.heatmap.busy()).toBe(false);
  });
});
