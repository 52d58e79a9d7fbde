// CSV member import at scale: 100k rows (20k users x 5 of 200 orgs) as CSV bytes. Reports MB/s
// and rows/s of read+validate+plan and of apply through the real imports service, next to
// PapaParse alone and plain better-sqlite3 inserts of the same rows, as ratios. Never asserts.
// Wall times swing with whatever else runs on the machine, so each stage also reports its CPU
// time and the run reports the load average it saw; plan and apply run three times on fresh
// workspaces and the figures are medians.
/// <reference path="../../main/import/read/papaparse.d.ts" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { openApp } from '../../main/app';
import type { OrgDeskApp } from '../../main/app';
import { readMembersCsv } from '../../main/import/read/index';
import { ADMIN_FLAGS, LEVELS } from '../../shared/domain/index';
import type { BenchModule } from './benchModule';
import { round, seededRandom, timed } from './benchModule';

export interface ImportBenchSize {
  users: number;
  orgs: number;
  orgsPerUser: number;
}
export const FULL_SIZE: ImportBenchSize = { users: 20_000, orgs: 200, orgsPerUser: 5 };
const ACTOR = 'user-actor';

/** Users, orgs and the acting ADMIN of every org, in one transaction. */
function buildWorkspace(app: OrgDeskApp, size: ImportBenchSize): void {
  app.db.transaction(() => {
    app.repos.users.upsert({ id: ACTOR, email: 'actor@bench.example', first: 'Act', last: 'Or' });
    for (let u = 0; u < size.users; u++) app.repos.users.upsert({ id: `user-u${u}`, email: `u${u}@bench.example`, first: 'User', last: String(u) });
    for (let o = 0; o < size.orgs; o++) {
      app.repos.orgs.insert({ id: `org-o${o}`, name: `Org ${o}`, phiFeaturesEnabled: false, policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' }, extra: {} });
      app.repos.memberships.insert({ org: `org-o${o}`, user: ACTOR, level: 'ADMIN', ...ADMIN_FLAGS, extra: {} });
    }
  })();
  app.repos.settings.set('acting_user', ACTOR);
}

export function memberCsv(size: ImportBenchSize, random: () => number): { text: string; rows: string[][] } {
  const rows: string[][] = [];
  for (let u = 0; u < size.users; u++) {
    const first = Math.floor(random() * size.orgs);
    for (let k = 0; k < size.orgsPerUser; k++) {
      const o = (first + k * Math.floor(size.orgs / size.orgsPerUser)) % size.orgs;
      rows.push([`org-o${o}`, `user-u${u}`, 'MEMBER', random() < 0.2 ? 'true' : 'false', random() < 0.9 ? 'true' : 'false', LEVELS[1 + Math.floor(random() * 4)] ?? 'VIEW']);
    }
  }
  const header = 'org,user,level,allowBillableActivities,appAccess,projectAccess';
  return { text: `${header}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, rows };
}

function tempApp(): { app: OrgDeskApp; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-import-bench-'));
  return { app: openApp({ workspacePath: path.join(dir, 'workspace.sqlite') }), dir };
}

const perSec = (n: number, ms: number) => round((n / ms) * 1000);

/** timed() plus the CPU time this process spent (user + system), in ms. */
function measured<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const t = timed(fn);
  const used = process.cpuUsage(cpu);
  return { ...t, cpuMs: round((used.user + used.system) / 1000) };
}

interface Round {
  plan: ReturnType<typeof measured<PlanOutput>>;
  apply: ReturnType<typeof measured<ApplyOutput>>;
  /** The WAL checkpoint the apply leaves for the next turn of the event loop (not in apply). */
  deferredCheckpointMs: number;
  plainMs: number;
  reimport: { ms: number; value: PlanOutput };
}
type PlanOutput = ReturnType<OrgDeskApp['services']['imports']['plan']>;
type ApplyOutput = ReturnType<OrgDeskApp['services']['imports']['apply']>;

/** One plan + apply on a fresh workspace, next to plain inserts of the same rows on another. */
async function oneRound(size: ImportBenchSize, bytes: Buffer, rows: readonly string[][]): Promise<Round> {
  const target = tempApp();
  const raw = tempApp();
  try {
    buildWorkspace(target.app, size);
    buildWorkspace(raw.app, size);
    const base64 = bytes.toString('base64');
    const plan = measured(() => target.app.services.imports.plan({ fileName: 'bench.csv', contentBase64: base64, options: { onExisting: 'update' }, rowLimit: 500 }));
    const apply = measured(() => target.app.services.imports.apply({ planId: plan.value.planId, partial: false }));
    const checkpointStart = process.hrtime.bigint();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const deferredCheckpointMs = Number(process.hrtime.bigint() - checkpointStart) / 1e6;
    const insert = raw.app.db.prepare('INSERT INTO memberships (org_id, user_id, level, allow_billable_activities, app_access, project_access, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const plain = timed(() =>
      raw.app.db.transaction(() => {
        for (const r of rows) insert.run(r[0], r[1], r[2], r[3] === 'true' ? 1 : 0, r[4] === 'true' ? 1 : 0, r[5], '{}');
      })(),
    );
    const reimport = timed(() => target.app.services.imports.plan({ fileName: 'bench.csv', contentBase64: base64, options: { onExisting: 'update' }, rowLimit: 500 }));
    return { plan, apply, deferredCheckpointMs, plainMs: plain.ms, reimport };
  } finally {
    target.app.close();
    raw.app.close();
    fs.rmSync(target.dir, { recursive: true, force: true });
    fs.rmSync(raw.dir, { recursive: true, force: true });
  }
}

/** Wall times on a shared 2-core VM swing by ±20% from run to run: each figure is the median of ROUNDS fresh rounds. */
export const ROUNDS = 3;
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function runImportBench(size: ImportBenchSize = FULL_SIZE, rounds = ROUNDS): Promise<Record<string, unknown>> {
  const { text, rows } = memberCsv(size, seededRandom(7));
  const bytes = Buffer.from(text, 'utf8');
  const mb = bytes.length / 1e6;

  // The reader's parser at its lowest level: the whole text, one call, no decoding or mapping.
  const parser = timed(() => new Papa.Parser({ delimiter: ',', newline: '\r\n', quoteChar: '"' }).parse(text, 0, false).data.length);
  const read = timed(() => readMembersCsv(bytes).rows.length);

  const done: Round[] = [];
  for (let i = 0; i < rounds; i++) done.push(await oneRound(size, bytes, rows));
  const med = (pick: (r: Round) => number) => median(done.map(pick));
  const planMs = med((r) => r.plan.ms);
  const applyMs = med((r) => r.apply.ms);
  const totalMs = med((r) => r.plan.ms + r.apply.ms);
  const plainMs = med((r) => r.plainMs);
  const last = done[done.length - 1] as Round;
  return {
    size,
    rows: rows.length,
    megabytes: round(mb),
    rounds,
    parserAlone: { ms: round(parser.ms), mbPerSec: perSec(mb, parser.ms), rowsPerSec: perSec(parser.value, parser.ms) },
    readerAlone: { ms: round(read.ms), mbPerSec: perSec(mb, read.ms), rowsPerSec: perSec(read.value, read.ms) },
    loadAverage: os.loadavg().map(round),
    cpus: os.cpus().length,
    readValidatePlan: { ms: round(planMs), cpuMs: round(med((r) => r.plan.cpuMs)), mbPerSec: perSec(mb, planMs), rowsPerSec: perSec(rows.length, planMs), summary: last.plan.value.summary, impactUsers: last.plan.value.impact.users.length, impactTruncated: last.plan.value.impact.truncated },
    apply: { ms: round(applyMs), cpuMs: round(med((r) => r.apply.cpuMs)), rowsPerSec: perSec(rows.length, applyMs), queued: last.apply.value.queued, deferredCheckpointMs: round(med((r) => r.deferredCheckpointMs)) },
    plainInserts: { ms: round(plainMs), rowsPerSec: perSec(rows.length, plainMs) },
    reimportPlan: { ms: round(med((r) => r.reimport.ms)), summary: last.reimport.value.summary },
    planPlusApplyMs: round(totalMs),
    planPlusApplyPerRound: done.map((r) => round(r.plan.ms + r.apply.ms)),
    planPlusApplyCpuMs: round(med((r) => r.plan.cpuMs + r.apply.cpuMs)),
    underThreeSeconds: totalMs < 3000,
    ratios: {
      planVsParser: round(planMs / parser.ms),
      readerVsParser: round(read.ms / parser.ms),
      applyVsPlainInserts: round(applyMs / plainMs),
    },
  };
}

export const importBench: BenchModule = {
  name: 'import',
  description: 'CSV member import: 100k rows over 200 orgs, plan and apply vs parser and plain inserts',
  run: () => runImportBench(),
};
