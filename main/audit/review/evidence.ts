// The evidence file of an access review: one CSV row per decision with the reviewer, the
// times, scope, snapshot and content hash, what the row showed when reviewed, the decision and
// comment, and what was done about it. Encoded by csvWriter (BOM, CRLF, formula prefix).
import type { ReportMeta, ReviewPlanRow } from '../../../shared/contract/index';
import { toCsv } from '../../csv/csvWriter';
import { scopeToken, utc } from '../report/reportMeta';

export const EVIDENCE_HEADER = [
  'reviewer',
  'planned at',
  'applied at',
  'scope',
  'snapshot',
  'content hash',
  'row',
  'kind',
  'user',
  'project',
  'org',
  'level when reviewed',
  'how when reviewed',
  'decision',
  'target level',
  'comment',
  'outcome',
  'edits',
  'message',
  'applied',
];

export interface EvidenceInput {
  reviewer: string | null;
  meta: ReportMeta;
  plannedAt: number;
  rows: readonly ReviewPlanRow[];
  /** Null before apply. */
  appliedAt: number | null;
}

export function evidenceCsv(e: EvidenceInput): string {
  const snapshot = e.meta.source.kind === 'snapshot' ? String(e.meta.source.id) : 'now';
  const rows = e.rows.map((r) => [
    e.reviewer ?? '',
    utc(e.plannedAt),
    e.appliedAt === null ? '' : utc(e.appliedAt),
    scopeToken(e.meta.scope),
    snapshot,
    e.meta.hash,
    r.row,
    r.kind,
    r.user,
    r.project ?? '',
    r.org ?? '',
    r.reviewed.level,
    r.reviewed.how,
    r.decision,
    r.level ?? '',
    r.comment,
    r.status,
    r.edits.map((x) => x.summary).join('; '),
    r.message ?? '',
    e.appliedAt !== null && r.status === 'edit',
  ]);
  return toCsv(EVIDENCE_HEADER, rows);
}

export function evidenceName(meta: ReportMeta, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return `review-evidence-${scopeToken(meta.scope).replace(/[^A-Za-z0-9_.-]/g, '_')}-${stamp}.csv`;
}
