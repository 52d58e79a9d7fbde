// Shared by the import plan/apply tests: plan a CSV text or fixture file through the imports
// service of a real temp workspace, and read the membership table for comparisons.
import fs from 'node:fs';
import path from 'node:path';
import type { OrgDeskApp } from '../../../../main/app';
import type { ImportPlan } from '../../../../shared/contract/index';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/csv');

export function planBytes(app: OrgDeskApp, bytes: Uint8Array, onExisting: 'update' | 'skip' | 'fail' = 'update', fileName = 'members.csv'): ImportPlan {
  return app.services.imports.plan({ fileName, contentBase64: Buffer.from(bytes).toString('base64'), options: { onExisting }, rowLimit: 10_000 });
}

export function planText(app: OrgDeskApp, text: string, onExisting: 'update' | 'skip' | 'fail' = 'update'): ImportPlan {
  return planBytes(app, Buffer.from(text, 'utf8'), onExisting);
}

export function planFixture(app: OrgDeskApp, name: string): ImportPlan {
  return planBytes(app, fs.readFileSync(path.join(FIXTURES, name)), 'update', name);
}

export function memberships(app: OrgDeskApp): unknown[] {
  return app.db.prepare('SELECT org_id, user_id, level, allow_billable_activities, app_access, project_access FROM memberships ORDER BY org_id, user_id').all();
}

export function outboxOps(app: OrgDeskApp): Array<{ op: string; target: string; payload: string; base: string | null }> {
  return app.db.prepare('SELECT op, target, payload, base FROM outbox ORDER BY id').all() as Array<{ op: string; target: string; payload: string; base: string | null }>;
}

/** row -> "action" or "action: first error message", for compact expectations. */
export function outcomes(plan: ImportPlan): Record<number, string> {
  return Object.fromEntries(plan.rows.map((r) => [r.row, r.action === 'error' ? `error: ${r.errors.map((e) => `${e.column}|${e.message}`).join(' / ')}` : r.action]));
}
