// Sync benchmark against the emulator over loopback HTTP: pull 20k members across 200 orgs
// and 5k projects into an empty workspace, then push 1,000 queued member changes (spread over
// the orgs in random order, merged per org) at 20 ms emulated latency. Prints calls, seconds
// and edits per second; never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/app';
import { startEmulator } from '../../main/emulator/index';
import type { SeedInput } from '../../main/seed/seedSchema';
import { SeedSchema } from '../../main/seed/seedSchema';
import { createSyncEngine, recordConnection } from '../../main/sync/engine/index';
import { createPlatformClient } from '../../main/sync/platform/index';
import type { GrantLevel, Level } from '../../shared/domain/index';
import { PLATFORM_ID_ALPHABET } from '../../shared/domain/index';
import type { BenchModule } from './benchModule';
import { round, seededRandom } from './benchModule';

export interface SyncBenchSize {
  members: number;
  orgs: number;
  projects: number;
  changes: number;
  latencyMs: number;
}

export const FULL_SIZE: SyncBenchSize = { members: 20_000, orgs: 200, projects: 5_000, changes: 1_000, latencyMs: 20 };

const ADMIN = 'user-admin';
const GRANTS: GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
/** Every member starts at CONTRIBUTE, so each of these is a real change. */
const ACCESS: Level[] = ['NONE', 'VIEW', 'UPLOAD'];

/** 200 orgs of 100 members each (one user per membership) plus the admin in every org. */
export function benchSeed(size: SyncBenchSize, random: () => number): SeedInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const perOrg = Math.ceil(size.members / size.orgs);
  const users = [{ id: ADMIN, email: 'admin@bench.example', first: 'Bench', last: 'Admin' }];
  const orgs = [];
  for (let o = 0; o < size.orgs; o++) {
    const members: Array<{ id: string; level: 'ADMIN' | 'MEMBER'; projectAccess?: Level }> = [{ id: ADMIN, level: 'ADMIN' }];
    for (let i = 0; i < perOrg && o * perOrg + i < size.members; i++) {
      const id = `user-u${o * perOrg + i}`;
      users.push({ id, email: `u${o * perOrg + i}@bench.example`, first: 'User', last: String(o * perOrg + i) });
      members.push({ id, level: 'MEMBER', projectAccess: 'CONTRIBUTE' });
    }
    orgs.push({ id: `org-o${o}`, name: `Org ${o}`, members });
  }
  const projects = [];
  for (let p = 0; p < size.projects; p++) {
    let suffix = '';
    for (let i = 0; i < 24; i++) suffix += pick([...PLATFORM_ID_ALPHABET]);
    const org = `org-o${Math.floor(random() * size.orgs)}`;
    projects.push({
      id: `project-${suffix}`,
      name: `Project ${p}`,
      billTo: org,
      permissions: { [org]: pick(GRANTS), [`user-u${Math.floor(random() * size.members)}`]: pick(GRANTS) },
    });
  }
  return { users, tokens: { 'token-bench': ADMIN }, orgs, projects };
}

export async function runSyncBench(size: SyncBenchSize = FULL_SIZE): Promise<Record<string, unknown>> {
  const random = seededRandom(3);
  const emu = await startEmulator({ seed: SeedSchema.parse(benchSeed(size, random)) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-syncbench-'));
  const app = openApp({ workspacePath: path.join(dir, 'bench.sqlite') });
  try {
    recordConnection(app.db, { platformUrl: emu.url, user: ADMIN });
    app.repos.settings.set('acting_user', ADMIN);
    const calls: Array<{ route: string; at: number }> = [];
    const client = createPlatformClient({ baseUrl: emu.url, token: 'token-bench', onCall: (route) => calls.push({ route, at: performance.now() }) });
    const engine = createSyncEngine({ db: app.db, events: app.events, client, actingUser: ADMIN });

    let start = performance.now();
    const pulled = await engine.sync();
    const pullSeconds = (performance.now() - start) / 1000;
    const pullCalls = calls.length;

    const perOrg = Math.ceil(size.members / size.orgs);
    const changed = new Set<number>();
    while (changed.size < Math.min(size.changes, size.members)) changed.add(Math.floor(random() * size.members));
    const queued = performance.now();
    for (const [i, user] of [...changed].entries()) {
      const result = await app.router.dispatch('members.update', {
        org: `org-o${Math.floor(user / perOrg)}`,
        user: `user-u${user}`,
        projectAccess: ACCESS[i % ACCESS.length],
      });
      if (!result.ok) throw new Error(`queueing change ${i}: ${result.error.message}`);
    }
    const queueSeconds = (performance.now() - queued) / 1000;
    const entries = app.repos.outbox.countsByState().pending;

    emu.setFaults({ latencyMs: size.latencyMs });
    calls.length = 0;
    start = performance.now();
    const pushed = await engine.sync();
    const pullStarted = calls.find((c) => c.route === '/system/whoami')?.at ?? performance.now();
    const pushSeconds = (pullStarted - start) / 1000;
    const pushCalls = calls.filter((c) => c.at < pullStarted);
    const byRoute: Record<string, number> = {};
    for (const c of pushCalls) {
      const route = c.route.replace(/^\/org-[^/]+/, '/org-x');
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    return {
      size,
      pull: {
        calls: pullCalls,
        seconds: round(pullSeconds),
        rowsChanged: pulled.pulled,
        members: app.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM memberships').get()?.n ?? 0,
        projects: app.repos.projects.count(),
        error: pulled.error,
      },
      push: {
        edits: entries,
        queueSeconds: round(queueSeconds),
        calls: pushCalls.length,
        callsByRoute: byRoute,
        seconds: round(pushSeconds),
        editsPerSecond: round(pushed.pushed / pushSeconds),
        pushed: pushed.pushed,
        latencyMs: size.latencyMs,
        error: pushed.error,
      },
    };
  } finally {
    app.close();
    await emu.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const syncBench: BenchModule = {
  name: 'sync',
  description: 'pull 20k members / 200 orgs / 5k projects from the emulator; push 1,000 member changes at 20 ms latency',
  run: () => runSyncBench(),
};
