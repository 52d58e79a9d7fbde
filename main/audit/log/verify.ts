// Walks the chain from seq 1 and names the first row that breaks it: a seq gap (a row deleted
// or inserted), a prev_hash that is not the previous row's hash (a row replaced or re-hashed),
// or contents that no longer match their hash (a row edited). The recorded head catches what
// the chain alone cannot: rows deleted from, or appended by hand to, the end.
import type { LogVerify } from '../../../shared/contract/index';
import type { LogRowContent } from './hash';
import { GENESIS_HASH, rowHash } from './hash';
import { plural } from '../../../shared/text/plural';

export interface StoredLogRow extends LogRowContent {
  prev_hash: string;
  hash: string;
}

export interface LogHead {
  seq: number;
  hash: string;
}

/** "row seq 17 (member.update member:org-lab:user-b at 2026-…)" */
export function describeRow(r: Pick<LogRowContent, 'seq' | 'op' | 'target' | 'at'>): string {
  const at = Number.isFinite(r.at) ? new Date(r.at).toISOString() : String(r.at);
  return `row seq ${r.seq} (${r.op} ${r.target} at ${at})`;
}

/** `anchor`: a head recorded outside the workspace earlier; the row at its seq must still carry its hash. */
export function verifyChain(rows: Iterable<StoredLogRow>, head: LogHead | null, anchor?: LogHead): LogVerify {
  let checked = 0;
  let prev: StoredLogRow | null = null;
  const bad = (seq: number, reason: string): LogVerify => ({ ok: false, checked, head: prev?.hash ?? null, firstBad: { seq, reason } });

  for (const r of rows) {
    const expected = prev === null ? 1 : prev.seq + 1;
    if (r.seq !== expected) {
      if (r.seq > expected) {
        const missing = r.seq - expected === 1 ? `row seq ${expected} is missing` : `rows seq ${expected}–${r.seq - 1} are missing`;
        const after = prev === null ? 'the log starts' : `the log goes from seq ${prev.seq}`;
        return bad(expected, `${missing}: ${after} to ${describeRow(r)} (rows were deleted)`);
      }
      return bad(r.seq, `${describeRow(r)} is out of sequence: expected seq ${expected} (a row was inserted or renumbered)`);
    }
    const prevHash = prev === null ? GENESIS_HASH : prev.hash;
    if (r.prev_hash !== prevHash) {
      const link = prev === null ? 'the chain start' : `the hash of row seq ${prev.seq}`;
      return bad(r.seq, `${describeRow(r)}: its prev_hash does not match ${link} (this row or the one before it was changed)`);
    }
    if (rowHash(r.prev_hash, r) !== r.hash) return bad(r.seq, `${describeRow(r)}: contents do not match its hash`);
    if (anchor !== undefined && r.seq === anchor.seq && r.hash !== anchor.hash) {
      return bad(r.seq, `${describeRow(r)}: its hash is not the ${anchor.hash.slice(0, 12)}… recorded for seq ${anchor.seq} earlier (the chain was rewritten up to here)`);
    }
    checked += 1;
    prev = r;
  }

  const lastSeq = prev?.seq ?? 0;
  const headSeq = head?.seq ?? 0;
  if (anchor !== undefined && anchor.seq > lastSeq) {
    return bad(lastSeq + 1, `the log ends at seq ${lastSeq}, but seq ${anchor.seq} was recorded earlier (rows were deleted)`);
  }
  if (headSeq > lastSeq) {
    const missing = headSeq - lastSeq === 1 ? `row seq ${headSeq} is missing` : `rows seq ${lastSeq + 1}–${headSeq} are missing`;
    return bad(lastSeq + 1, `${missing}: the log ends at seq ${lastSeq}, but its recorded head is seq ${headSeq} (rows at the end were deleted)`);
  }
  if (prev !== null && head === null) {
    return bad(1, `the log has ${plural(lastSeq, 'row')} but no recorded head (it was deleted by hand), so rows removed from its end could not be detected`);
  }
  if (prev !== null && headSeq < lastSeq) {
    return bad(headSeq + 1, `rows after seq ${headSeq} were not appended by OrgDesk: the recorded head is seq ${headSeq}, but the log goes on to seq ${lastSeq}`);
  }
  if (prev !== null && head !== null && head.hash !== prev.hash) {
    return bad(prev.seq, `${describeRow(prev)}: is not the row OrgDesk recorded as the log's head (the last row was replaced)`);
  }
  return { ok: true, checked, head: prev?.hash ?? null };
}
