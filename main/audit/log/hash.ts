// The chain's hash rule, shared by every writer (repo, migration back-fill) and the verifier:
// hash = sha256 hex of prev_hash + '\n' + canonical JSON (sorted keys) of every other column,
// taken exactly as stored (before/after/detail are hashed as their stored JSON text, so
// verification never depends on how JSON is re-serialised).
import { createHash } from 'node:crypto';

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed columns of an edit_log row, as stored. */
export interface LogRowContent {
  seq: number;
  at: number;
  actor: string;
  kind: string;
  outbox_id: number | null;
  op: string;
  target: string;
  summary: string;
  before: string | null;
  after: string | null;
  detail: string | null;
}

/** JSON with object keys sorted at every depth: one text per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = sortKeys(v);
  }
  return out;
}

/** canonicalJson of the hashed columns; the literal is written in sorted key order (tested equal). */
export function rowContentJson(r: LogRowContent): string {
  return JSON.stringify({
    actor: r.actor,
    after: r.after,
    at: r.at,
    before: r.before,
    detail: r.detail,
    kind: r.kind,
    op: r.op,
    outbox_id: r.outbox_id,
    seq: r.seq,
    summary: r.summary,
    target: r.target,
  });
}

export function rowHash(prevHash: string, r: LogRowContent): string {
  return createHash('sha256').update(`${prevHash}\n${rowContentJson(r)}`).digest('hex');
}
