// The chain format and its verifier on constructed rows: the hash rule (canonical JSON of
// every column but the hashes), and each kind of break named at the right seq.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, rowContentJson, rowHash } from '../../../../main/audit/log/hash';
import type { LogRowContent } from '../../../../main/audit/log/hash';
import { verifyChain } from '../../../../main/audit/log/verify';
import type { LogHead, StoredLogRow } from '../../../../main/audit/log/verify';

function content(seq: number): LogRowContent {
  return {
    seq,
    at: Date.UTC(2026, 10, 24, 12, 0, seq),
    actor: 'user-d',
    kind: 'edit',
    outbox_id: seq,
    op: 'member.update',
    target: `member:org-lab:user-${seq}`,
    summary: `Change user-${seq}`,
    before: '{"projectAccess":"CONTRIBUTE"}',
    after: '{"projectAccess":"VIEW"}',
    detail: null,
  };
}

function chain(n: number): { rows: StoredLogRow[]; head: LogHead } {
  const rows: StoredLogRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const c = content(seq);
    const hash = rowHash(prev, c);
    rows.push({ ...c, prev_hash: prev, hash });
    prev = hash;
  }
  return { rows, head: { seq: n, hash: prev } };
}

describe('the hash rule', () => {
  it('hashes the columns as canonical JSON with sorted keys, JSON columns by their sha256', () => {
    const c = content(1);
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    const shuffled = Object.fromEntries(Object.entries({ ...c, before: sha(c.before ?? ''), after: sha(c.after ?? '') }).reverse());
    expect(rowContentJson(c)).toBe(canonicalJson(shuffled));
    expect(rowHash(GENESIS_HASH, c)).toBe(sha(`${GENESIS_HASH}\n${canonicalJson(shuffled)}`));
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('depends on every column and on the previous hash', () => {
    const c = content(3);
    const h = rowHash(GENESIS_HASH, c);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    for (const key of Object.keys(c) as Array<keyof LogRowContent>) {
      const changed = { ...c, [key]: key === 'seq' || key === 'at' || key === 'outbox_id' ? 99 : 'x' };
      expect(rowHash(GENESIS_HASH, changed), key).not.toBe(h);
    }
    expect(rowHash('1'.repeat(64), c)).not.toBe(h);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty log', () => {
    const { rows, head } = chain(5);
    expect(verifyChain(rows, head)).toEqual({ ok: true, checked: 5, head: head.hash });
    expect(verifyChain([], null)).toEqual({ ok: true, checked: 0, head: null });
  });

  it('names an edited row by its seq, op, target and time', () => {
    const { rows, head } = chain(5);
    rows[2] = { ...rows[2]!, summary: 'Nothing to see' };
    const r = verifyChain(rows, head);
    expect(r).toMatchObject({ ok: false, checked: 2, firstBad: { seq: 3 } });
    expect(r.firstBad?.reason).toBe('row seq 3 (member.update member:org-lab:user-3 at 2026-11-24T12:00:03.000Z): contents do not match its hash');
  });

  it('catches a row edited and re-hashed at the next row’s link', () => {
    const { rows, head } = chain(5);
    const edited = { ...rows[1]!, summary: 'rewritten' };
    rows[1] = { ...edited, hash: rowHash(edited.prev_hash, edited) };
    const r = verifyChain(rows, head);
    expect(r.firstBad?.seq).toBe(3);
    expect(r.firstBad?.reason).toContain('prev_hash does not match the hash of row seq 2');
  });

  it('catches a deleted row as a seq gap', () => {
    const { rows, head } = chain(5);
    rows.splice(2, 1);
    expect(verifyChain(rows, head).firstBad).toEqual({ seq: 3, reason: expect.stringContaining('row seq 3 is missing') });
  });

  it('catches a first row that does not start the chain', () => {
    const { rows, head } = chain(3);
    expect(verifyChain(rows.slice(1), head).firstBad?.seq).toBe(1);
  });

  it('catches rows deleted from, or added to, the end through the recorded head', () => {
    const { rows, head } = chain(5);
    expect(verifyChain(rows.slice(0, 4), head).firstBad).toEqual({ seq: 5, reason: expect.stringContaining('recorded head is seq 5') });
    const extra = content(6);
    const added = [...rows, { ...extra, prev_hash: head.hash, hash: rowHash(head.hash, extra) }];
    expect(verifyChain(added, head).firstBad).toEqual({ seq: 6, reason: expect.stringContaining('not appended by OrgDesk') });
    expect(verifyChain(rows, null).firstBad?.seq).toBe(1);
  });

  it('catches a last row replaced by a self-consistent one', () => {
    const { rows, head } = chain(5);
    const last = { ...rows[4]!, summary: 'other' };
    rows[4] = { ...last, hash: rowHash(last.prev_hash, last) };
    expect(verifyChain(rows, head).firstBad).toEqual({ seq: 5, reason: expect.stringContaining('last row was replaced') });
  });

  it('catches a chain rewritten as a whole against a head kept outside', () => {
    const { rows, head } = chain(5);
    const anchor = { seq: 3, hash: rows[2]!.hash };
    expect(verifyChain(rows, head, anchor).ok).toBe(true);
    const rewritten = chain(5);
    const forged = rewritten.rows.map((r, i) => (i === 0 ? { ...r, summary: 'forged' } : r));
    let prev = GENESIS_HASH;
    for (const r of forged) {
      r.prev_hash = prev;
      r.hash = rowHash(prev, r);
      prev = r.hash;
    }
    expect(verifyChain(forged, { seq: 5, hash: prev }).ok).toBe(true);
    expect(verifyChain(forged, { seq: 5, hash: prev }, anchor).firstBad).toEqual({ seq: 3, reason: expect.stringContaining('recorded for seq 3 earlier') });
    expect(verifyChain(rows.slice(0, 2), { seq: 2, hash: rows[1]!.hash }, anchor).firstBad?.seq).toBe(3);
  });

  it('catches a duplicated seq', () => {
    const { rows, head } = chain(4);
    rows.splice(2, 0, rows[1]!);
    expect(verifyChain(rows, head).firstBad).toEqual({ seq: 2, reason: expect.stringContaining('out of sequence') });
  });
});
