// Snapshot and diff benchmark at admin scale (20k users / 200 orgs / 5k projects): the first
// snapshot, 100 snapshots with small changes, the disk they take, and diffs across them
// (adjacent, first to last, to now, and a PUBLIC grant that touches everyone). Prints; never asserts.
// The machine may be shared: every figure has its CPU time (process.cpuUsage) beside the wall
// time, and the load average before and after is printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/app';
import type { OrgDeskApp } from '../../main/app';
import { loadAccessState } from '../../main/audit/state/loadAccessState';
import type { GrantLevel, Level } from '../../shared/domain/index';
import { FULL_SIZE, buildWorkspace } from './accessBench';
import type { BenchModule } from './benchModule';
import { percentile, round, seededRandom } from './benchModule';

/** Wall and CPU (user + system) milliseconds of one call. */
function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000, value };
}

const both = (t: { ms: number; cpuMs: number }) => ({ ms: round(t.ms), cpuMs: round(t.cpuMs) });
const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

const GRANTS: GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const CAPS: Level[] = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE'];

function fileBytes(app: OrgDeskApp): number {
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  const pages = app.db.pragma('page_count', { simple: true }) as number;
  const size = app.db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

/** A few edits like a day of admin work: flags changed, a member removed, a grant changed. */
function smallChange(app: OrgDeskApp, random: () => number, projectIds: readonly string[]): void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  app.db.transaction(() => {
    for (let i = 0; i < 3; i++) {
      const [m] = app.repos.memberships.byUser(`user-u${Math.floor(random() * FULL_SIZE.users)}`);
      if (m && m.level === 'MEMBER') app.repos.memberships.update({ ...m, projectAccess: pick(CAPS) });
    }
    const [gone] = app.repos.memberships.byUser(`user-u${Math.floor(random() * FULL_SIZE.users)}`);
    if (gone) app.repos.memberships.remove(gone.org, gone.user);
    app.repos.projects.setGrant(pick(projectIds), `org-o${Math.floor(random() * FULL_SIZE.orgs)}`, pick(GRANTS));
  })();
}

export const snapshotBench: BenchModule = {
  name: 'snapshots',
  description: 'snapshot of a 20k-user workspace, 100 small-change snapshots, their size, and diffs across them',
  run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-bench-'));
    const app = openApp({ workspacePath: path.join(dir, 'bench.sqlite') });
    try {
      const loadBefore = loadAverage();
      const random = seededRandom(4242);
      const built = timed(() => buildWorkspace(app, FULL_SIZE, random));
      const bytesBefore = fileBytes(app);
      const first = timed(() => app.services.snapshots.take({ label: 'first' }));
      const bytesAfterFirst = fileBytes(app);
      const projectIds = app.repos.projects.all().map((p) => p.id);

      const takes: number[] = [];
      const takesCpu: number[] = [];
      for (let i = 0; i < 100; i++) {
        smallChange(app, random, projectIds);
        const t = timed(() => app.services.snapshots.take({}));
        takes.push(t.ms);
        takesCpu.push(t.cpuMs);
      }
      const unchanged = timed(() => app.services.snapshots.take({}));
      const bytesAfterAll = fileBytes(app);
      const list = app.services.snapshots.list();
      const last = list.snapshots[list.snapshots.length - 1];
      if (!last) throw new Error('no snapshots');

      const adjacent: number[] = [];
      const adjacentCpu: number[] = [];
      for (let id = 2; id <= 21; id++) {
        const t = timed(() => app.services.snapshots.diff({ from: id, to: id + 1, filters: {} }));
        adjacent.push(t.ms);
        adjacentCpu.push(t.cpuMs);
      }
      const firstToLast = timed(() => app.services.snapshots.diff({ from: first.value.id, to: last.id, filters: {} }));
      const oneUser = timed(() => app.services.snapshots.diff({ from: first.value.id, to: last.id, filters: { user: 'user-u1' } }));
      const rebuildLast = timed(() => loadAccessState(app.repos, last.id));
      const readNow = timed(() => loadAccessState(app.repos, 'now'));

      app.db.transaction(() => app.repos.projects.setGrant(projectIds[0] ?? '', 'PUBLIC', 'VIEW'))();
      const publicDiff = timed(() => app.services.snapshots.diff({ from: last.id, to: 'now', filters: {} }));

      for (const list of [takes, takesCpu, adjacent, adjacentCpu]) list.sort((a, b) => a - b);
      return {
        workspace: { ...FULL_SIZE, ...built.value, buildMs: round(built.ms), facts: first.value.factCount, fileBytes: bytesBefore },
        loadAverage: { before: loadBefore, after: loadAverage() },
        firstSnapshot: { ...both(first), storedChanges: first.value.changeCount, fileBytesAdded: bytesAfterFirst - bytesBefore },
        smallChangeSnapshots: {
          count: 100,
          takeMsP50: percentile(takes, 50),
          takeMsP95: percentile(takes, 95),
          takeCpuMsP50: percentile(takesCpu, 50),
          takeCpuMsP95: percentile(takesCpu, 95),
          storedChanges: list.storedChanges - first.value.changeCount - unchanged.value.changeCount,
          fileBytesAdded: bytesAfterAll - bytesAfterFirst,
        },
        unchangedSnapshot: { ...both(unchanged), changes: unchanged.value.changeCount },
        storage: { snapshots: list.snapshots.length, storedChanges: list.storedChanges, storedPayloadBytes: list.storedBytes, fileBytes: bytesAfterAll },
        diff: {
          adjacentMsP50: percentile(adjacent, 50),
          adjacentMsP95: percentile(adjacent, 95),
          adjacentCpuMsP50: percentile(adjacentCpu, 50),
          adjacentCpuMsP95: percentile(adjacentCpu, 95),
          firstToLast: { ...both(firstToLast), structural: firstToLast.value.summary.structural, effective: firstToLast.value.effective.length, usersExamined: firstToLast.value.summary.usersExamined },
          firstToLastOneUser: both(oneUser),
          publicGrantToNow: { ...both(publicDiff), effective: publicDiff.value.effective.length, usersExamined: publicDiff.value.summary.usersExamined },
        },
        loadAccessState: { snapshot: both(rebuildLast), now: both(readNow) },
      };
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
