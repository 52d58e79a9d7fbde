// Effective-access benchmark at admin scale: 20k users, 200 orgs (each user in 1-5),
// 5k projects shared with orgs and users. Measures the workspace build and the access
// reports through the real services over a real SQLite file. Prints; never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/app';
import type { OrgDeskApp } from '../../main/app';
import type { GrantLevel, Level, Permissions } from '../../shared/domain/index';
import { ADMIN_FLAGS, DEFAULT_PROJECT_SETTINGS, LEVELS, PLATFORM_ID_ALPHABET } from '../../shared/domain/index';
import { computeAccessMatrix } from '../../main/heatmap/accessMatrix';
import { loadSnapshot } from '../../main/heatmap/snapshot';
import { HeatmapWindowInputSchema } from '../../shared/contract/index';
import type { BenchModule } from './benchModule';
import { percentile, round, seededRandom, timed } from './benchModule';

export interface AccessBenchSize {
  users: number;
  orgs: number;
  projects: number;
  samples: number;
}

export const FULL_SIZE: AccessBenchSize = { users: 20_000, orgs: 200, projects: 5_000, samples: 200 };

const GRANTS: GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];

/** Fills an empty workspace in ONE transaction over the repos' prepared statements. */
export function buildWorkspace(app: OrgDeskApp, size: AccessBenchSize, random: () => number): { memberships: number; grants: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { repos } = app;
  let memberships = 0;
  let grants = 0;
  app.db.transaction(() => {
    for (let u = 0; u < size.users; u++) repos.users.upsert({ id: `user-u${u}`, email: `u${u}@bench.example`, first: `User`, last: `${u}` });
    for (let o = 0; o < size.orgs; o++) {
      repos.orgs.insert({ id: `org-o${o}`, name: `Org ${o}`, phiFeaturesEnabled: false, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }, extra: {} });
    }
    for (let u = 0; u < size.users; u++) {
      const orgs = new Set<number>();
      const count = 1 + Math.floor(random() * 5);
      while (orgs.size < count) orgs.add(Math.floor(random() * size.orgs));
      for (const o of orgs) {
        const admin = random() < 0.03;
        repos.memberships.insert({
          org: `org-o${o}`,
          user: `user-u${u}`,
          level: admin ? 'ADMIN' : 'MEMBER',
          ...(admin ? ADMIN_FLAGS : { allowBillableActivities: random() < 0.3, appAccess: random() < 0.9, projectAccess: pick(LEVELS) as Level }),
          extra: {},
        });
        memberships++;
      }
    }
    for (let p = 0; p < size.projects; p++) {
      const permissions: Permissions = {};
      const orgCount = 1 + Math.floor(random() * 3);
      for (let i = 0; i < orgCount; i++) permissions[`org-o${Math.floor(random() * size.orgs)}`] = pick(GRANTS);
      const userCount = 1 + Math.floor(random() * 4);
      for (let i = 0; i < userCount; i++) permissions[`user-u${Math.floor(random() * size.users)}`] = pick(GRANTS);
      grants += Object.keys(permissions).length;
      let suffix = '';
      for (let i = 0; i < 24; i++) suffix += pick([...PLATFORM_ID_ALPHABET]);
      repos.projects.insert({
        id: `project-${suffix}`,
        name: `Project ${p}`,
        billTo: `org-o${Math.floor(random() * size.orgs)}`,
        permissions,
        settings: { ...DEFAULT_PROJECT_SETTINGS },
        version: 0,
        extra: {},
      });
    }
  })();
  return { memberships, grants };
}

export async function runAccessBench(size: AccessBenchSize = FULL_SIZE): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-bench-'));
  const app = openApp({ workspacePath: path.join(dir, 'bench.sqlite') });
  try {
    const random = seededRandom(20_000);
    const build = timed(() => buildWorkspace(app, size, random));
    const users = Array.from({ length: size.samples }, () => `user-u${Math.floor(random() * size.users)}`);
    const projectIds = app.db.prepare<[], { id: string }>('SELECT id FROM projects').all().map((r) => r.id);
    const projects = Array.from({ length: size.samples }, () => projectIds[Math.floor(random() * projectIds.length)] ?? '');

    const userTimes: number[] = [];
    let userProjects = 0;
    for (const user of users) {
      const t = timed(() => app.services.access.byUser({ user }));
      userTimes.push(t.ms);
      userProjects += t.value.projects.length;
    }
    const projectTimes: number[] = [];
    let projectUsers = 0;
    for (const project of projects) {
      const t = timed(() => app.services.access.byProject({ project }));
      projectTimes.push(t.ms);
      projectUsers += t.value.users.length;
    }
    const full = timed(() => {
      let pairs = 0;
      for (const row of app.services.access.allEffectiveAccess()) if (row.level !== 'NONE') pairs++;
      return pairs;
    });
    // The heatmap's typed-array pass (main/heatmap), and its first 64 x 48 window from cold.
    const heatmapPass = timed(() => computeAccessMatrix(loadSnapshot(app.db)).size);
    const windowStart = process.hrtime.bigint();
    await app.services.heatmap.window(HeatmapWindowInputSchema.parse({ rows: { start: 0, end: 64 }, cols: { start: 0, end: 48 } }));
    const heatmapWindow = { ms: Number(process.hrtime.bigint() - windowStart) / 1e6 };
    userTimes.sort((a, b) => a - b);
    projectTimes.sort((a, b) => a - b);
    return {
      size: { ...size, memberships: build.value.memberships, grants: build.value.grants },
      buildMs: round(build.ms),
      accessByUser: { p50Ms: percentile(userTimes, 50), p95Ms: percentile(userTimes, 95), meanProjects: round(userProjects / users.length) },
      accessByProject: { p50Ms: percentile(projectTimes, 50), p95Ms: percentile(projectTimes, 95), meanUsers: round(projectUsers / projects.length) },
      fullEffectiveAccess: { ms: round(full.ms), pairsAboveNone: full.value },
      heatmap: { passMs: round(heatmapPass.ms), pairsAboveNone: heatmapPass.value, firstWindowColdMs: round(heatmapWindow.ms) },
    };
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const accessBench: BenchModule = {
  name: 'access',
  description: 'effective access for one user, one project, and all users x projects at 20k users / 200 orgs / 5k projects',
  run: () => runAccessBench(),
};
