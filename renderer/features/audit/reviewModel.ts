// Review decisions as the service wants them: one per decided row, with the row's project or
// org, the target level for "reduce" and the reviewer's comment. Pure, so it is tested alone.
import type { ReviewDecision, ReviewRow } from '../../../shared/contract/index';
import type { ReviewChoice } from './auditStore';

export function decisionsFor(rows: readonly ReviewRow[], choices: Readonly<Record<string, ReviewChoice>>): ReviewDecision[] {
  const out: ReviewDecision[] = [];
  for (const row of rows) {
    const c = choices[row.key];
    if (!c) continue;
    const d: ReviewDecision = { user: row.user, decision: c.decision, comment: c.comment };
    if (row.kind === 'project' && row.project) d.project = row.project;
    if (row.kind === 'org' && row.org) d.org = row.org;
    if (c.decision === 'reduce') d.level = (c.level ?? row.reduceTo[0]) as ReviewDecision['level'];
    out.push(d);
  }
  return out;
}

export interface ReviewProgress {
  decided: number;
  total: number;
  keep: number;
  reduce: number;
  revoke: number;
}

export function reviewProgress(rows: readonly ReviewRow[], choices: Readonly<Record<string, ReviewChoice>>): ReviewProgress {
  const p: ReviewProgress = { decided: 0, total: rows.length, keep: 0, reduce: 0, revoke: 0 };
  for (const row of rows) {
    const c = choices[row.key];
    if (!c) continue;
    p.decided++;
    p[c.decision]++;
  }
  return p;
}

/** "Reduce" needs somewhere lower to go: an org ADMIN can become MEMBER, a level can drop. */
export function canReduce(row: ReviewRow): boolean {
  return row.reduceTo.length > 0;
}
