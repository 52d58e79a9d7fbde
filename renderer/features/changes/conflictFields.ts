// Field-by-field comparison of a conflicting edit: what this workspace wants (payload), what
// the platform has now (theirs) and what the edit was based on (base), plus the wording of the
// Keep mine / Take theirs buttons built from the same rows so they never disagree. Pure.
import type { OutboxEntry } from '../../../shared/contract/index';

/** Keys that name the thing edited or tune how it is sent, rather than a value of it; `version`
 *  is a lock, not a field. */
const NOT_VALUES = new Set(['org', 'user', 'project', 'principal', 'app', 'id', 'version', 'revokeProjectPermissions', 'revokeAppPermissions', 'nonce', 'localId']);

export interface FieldRow {
  field: string;
  mine: unknown;
  theirs: unknown;
  base: unknown;
  /** This workspace changed the field (mine differs from base). */
  mineChanged: boolean;
  /** The platform changed it since the edit was made (theirs differs from base). */
  theirsChanged: boolean;
  /** Keep mine and Take theirs give different results for this field. */
  differs: boolean;
}

function flatten(value: Record<string, unknown> | null, out: Map<string, unknown>, prefix = ''): void {
  if (!value) return;
  for (const [k, v] of Object.entries(value)) {
    if (!prefix && NOT_VALUES.has(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, out, key);
    else out.set(key, v);
  }
}

/** The engine records a thing missing on the platform as `{}` (or null). */
export function isAbsent(value: Record<string, unknown> | null): boolean {
  return value === null || Object.keys(value).length === 0;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the edit wants for a field its payload does not name (removals say it by their op). */
function impliedMine(op: OutboxEntry['op'], field: string, base: unknown): unknown {
  if (op === 'member.remove') return undefined;
  if (op === 'project.unshare' && field === 'level') return 'NONE';
  if (op === 'app.deauthorize' && field === 'authorized') return false;
  if (op === 'app.authorize' && field === 'authorized') return true;
  return base;
}

export function conflictFields(entry: Pick<OutboxEntry, 'op' | 'payload' | 'base' | 'theirs'>): FieldRow[] {
  const mine = new Map<string, unknown>();
  const base = new Map<string, unknown>();
  const theirs = new Map<string, unknown>();
  flatten(entry.payload, mine);
  flatten(entry.base, base);
  flatten(entry.theirs, theirs);
  // The fields this edit is about: what it sets and what it was based on. Settings the edit
  // never touched would only add noise, so theirs is read for these fields alone.
  let fields = [...new Set([...mine.keys(), ...base.keys()])];
  if (fields.length === 0) fields = [...theirs.keys()];
  return fields.map((field) => {
    const b = base.get(field);
    const m = mine.has(field) ? mine.get(field) : impliedMine(entry.op, field, b);
    const t = theirs.get(field);
    return { field, mine: m, theirs: t, base: b, mineChanged: !same(m, b), theirsChanged: !same(t, b), differs: !same(m, t) };
  });
}

/** "UPLOAD", "true", "none" (null), "—" (absent). */
export function valueText(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v ? v : fallback;
}

function listChanges(rows: readonly FieldRow[], pick: (r: FieldRow) => unknown, joiner: string): string {
  return rows.map((r) => `${r.field}${joiner}${valueText(pick(r))}`).join(', ');
}

export function keepMineLabel(entry: Pick<OutboxEntry, 'op' | 'payload' | 'base' | 'theirs'>, rows = conflictFields(entry)): string {
  const p = entry.payload;
  if (entry.op === 'member.remove') return `Keep mine: remove ${str(p.user, 'the member')} from ${str(p.org, 'the org')} on the platform at next sync`;
  if (entry.op === 'project.unshare') return `Keep mine: revoke ${str(p.principal, 'the grant')} on the platform at next sync`;
  if (entry.op === 'app.deauthorize') return `Keep mine: remove ${str(p.principal, 'the principal')} from ${str(p.app, 'the app')} on the platform at next sync`;
  const differing = rows.filter((r) => r.differs);
  if (differing.length === 0) return 'Keep mine: send this edit at next sync';
  return `Keep mine: set ${listChanges(differing, (r) => r.mine, ' to ')} on the platform at next sync`;
}

export function takeTheirsLabel(entry: Pick<OutboxEntry, 'op' | 'payload' | 'base' | 'theirs'>, rows = conflictFields(entry)): string {
  if (isAbsent(entry.theirs)) return "Take theirs: keep the platform's state and drop this edit";
  const differing = rows.filter((r) => r.differs);
  if (differing.length === 0) return 'Take theirs: drop this edit (the platform already matches)';
  return `Take theirs: keep ${listChanges(differing, (r) => r.theirs, ' ')} from the platform and drop this edit`;
}

/** One line for the Changes grid: "yours UPLOAD · platform VIEW (projectAccess)". */
export function conflictLine(entry: Pick<OutboxEntry, 'op' | 'payload' | 'base' | 'theirs'>): string {
  if (isAbsent(entry.theirs)) return 'No longer on the platform';
  const differing = conflictFields(entry).filter((r) => r.differs);
  return differing.map((r) => `${r.field}: yours ${valueText(r.mine)} · platform ${valueText(r.theirs)}`).join('; ') || 'Changed on the platform';
}
