// CSV member import at scale: 100k rows (20k users x 5 of 200 orgs) as CSV bytes. Reports MB/s
// and rows/s of read+validate+plan and of apply through the real imports service, next to
// PapaParse alone and plain better-sqlite3 inserts of the same rows, as ratios. Never asserts.
// Wall times swing with whatever else runs on the machine, so each stage also reports its CPU
// time and the run reports the load average it saw.
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

export async function runImportBench(size: ImportBenchSize = FULL_SIZE): Promise<Record<string, unknown>> {
  const { text, rows } = memberCsv(size, seededRandom(7));
  const bytes = Buffer.from(text, 'utf8');
  const mb = bytes.length / 1e6;

  // The reader's parser at its lowest level: the whole text, one call, no decoding or mapping.
  const parser = timed(() => new Papa.Parser({ delimiter: ',', newline: '\r\n', quoteChar: '"' }).parse(text, 0, false).data.length);
  const read = timed(() => readMembersCsv(bytes).rows.length);

  const target = tempApp();
  const raw = tempApp();
  try {
    buildWorkspace(target.app, size);
    buildWorkspace(raw.app, size);
    const base64 = bytes.toString('base64');
    const plan = measured(() => target.app.services.imports.plan({ fileName: 'bench.csv', contentBase64: base64, options: { onExisting: 'update' }, rowLimit: 500 }));
    const apply = measured(() => target.app.services.imports.apply({ planId: plan.value.planId, partial: false }));
    const insert = raw.app.db.prepare('INSERT INTO memberships (org_id, user_id, level, allow_billable_activities, app_access, project_access, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const plain = timed(() =>
      raw.app.db.transaction(() => {
        for (const r of rows) insert.run(r[0], r[1], r[2], r[3] === 'true' ? 1 : 0, r[4] === 'true' ? 1 : 0, r[5], '{}');
      })(),
    );
    const reimport = timed(() => target.app.services.imports.plan({ fileName: 'bench.csv', contentBase64: base64, options: { onExisting: 'update' }, rowLimit: 500 }));
    return {
      size,
      rows: rows.length,
      megabytes: round(mb),
      parserAlone: { ms: round(parser.ms), mbPerSec: perSec(mb, parser.ms), rowsPerSec: perSec(parser.value, parser.ms) },
      readerAlone: { ms: round(read.ms), mbPerSec: perSec(mb, read.ms), rowsPerSec: perSec(read.value, read.ms) },
      loadAverage: os.loadavg().map(round),
      cpus: os.cpus().length,
      readValidatePlan: { ms: round(plan.ms), cpuMs: plan.cpuMs, mbPerSec: perSec(mb, plan.ms), rowsPerSec: perSec(rows.length, plan.ms), summary: plan.value.summary, impactUsers: plan.value.impact.users.length, impactTruncated: plan.value.impact.truncated },
      apply: { ms: round(apply.ms), cpuMs: apply.cpuMs, rowsPerSec: perSec(rows.length, apply.ms), queued: apply.value.queued },
      plainInserts: { ms: round(plain.ms), rowsPerSec: perSec(rows.length, plain.ms) },
      reimportPlan: { ms: round(reimport.ms), summary: reimport.value.summary },
      planPlusApplyMs: round(plan.ms + apply.ms),
      planPlusApplyCpuMs: round(plan.cpuMs + apply.cpuMs),
      underThreeSeconds: plan.ms + apply.ms < 3000,
      ratios: {
        planVsParser: round(plan.ms / parser.ms),
        readerVsParser: round(read.ms / parser.ms),
        applyVsPlainInserts: round(apply.ms / plain.ms),
      },
    };
  } finally {
    target.app.close();
    raw.app.close();
    fs.rmSync(target.dir, { recursive: true, force: true });
    fs.rmSync(raw.dir, { recursive: true, force: true });
  }
}

export const importBench: BenchModule = {
  name: 'import',
  description: 'CSV member import: 100k rows over 200 orgs, plan and apply vs parser and plain inserts',
  run: () => runImportBench(),
};
