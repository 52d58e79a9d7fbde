// Words and small formats of the Audit view: times, short hashes, scopes, snapshot labels,
// sync outcomes and before/after values. Pure, so they are tested without a DOM.
import type { LogEntry, LogStatus, ReportAt, ReportScope, SnapshotSummary } from '../../../shared/contract/index';
import type { BadgeTone } from '../../ui/Badge';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function formatTime(ms: number): string {
  return dateTime.format(new Date(ms));
}

/** Enough of a sha256 to tell states apart at a glance; the full hash is one click away. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export function snapshotLabel(s: Pick<SnapshotSummary, 'id' | 'takenAt' | 'source' | 'label'>): string {
  const what = s.label ?? (s.source === 'pull' ? 'after sync' : s.source === 'manual' ? 'taken by hand' : 'at upgrade');
  return `#${s.id} · ${formatTime(s.takenAt)} · ${what}`;
}

export function atLabel(at: ReportAt, snapshots: readonly SnapshotSummary[]): string {
  if (at === 'now') return 'Now (live workspace)';
  const s = snapshots.find((x) => x.id === at);
  return s ? snapshotLabel(s) : `Snapshot #${at}`;
}

export function scopeLabel(scope: ReportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'Everything';
    case 'org':
      return `Org ${scope.org}`;
    case 'project':
      return `Project ${scope.project}`;
    case 'user':
      return `User ${scope.user}`;
  }
}

export const STATUS_TONE: Record<LogStatus, BadgeTone> = {
  pending: 'pending',
  sent: 'ok',
  conflict: 'conflict',
  failed: 'danger',
  resolved: 'ok',
  discarded: 'muted',
};

/** "99,998 sent · 2 conflict" for an import; the single status for an edit. */
export function statusLine(entry: Pick<LogEntry, 'kind' | 'status' | 'statusCounts'>): string {
  if (entry.kind !== 'import') return entry.status;
  const parts = (Object.entries(entry.statusCounts) as [LogStatus, number][]).filter(([, n]) => n > 0).map(([s, n]) => `${n.toLocaleString()} ${s}`);
  return parts.length > 0 ? parts.join(' · ') : 'nothing queued';
}

export type FieldValue = string | number | boolean | null | undefined;

export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Fields that say which thing was edited; the entry's target already names it. */
const IDENTITY_FIELDS = new Set(['org', 'user', 'project', 'principal', 'app', 'id']);

/** The fields an edit changed, from its before and after records; identical fields and the edited thing's ids are left out. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (IDENTITY_FIELDS.has(field)) continue;
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    out.push({ field, before: valueText(b), after: valueText(a) });
  }
  return out;
}
