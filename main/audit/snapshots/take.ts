// Records a snapshot of the live access state, storing only the facts that differ from the
// previous snapshot. Runs inside the caller's transaction (reading the previous snapshot and
// writing the new one must see one moment); it never opens one and never emits events.
import type { Repos } from '../../db/repos/index';
import type { FactChange, SnapshotRecord, SnapshotSource } from '../../db/repos/snapshots';
import type { FactMap } from '../state/facts';
import { readLiveFacts } from '../state/liveFacts';
import { hashFacts } from './hash';
import { foldFacts } from './rebuild';

export interface TakeOptions {
  source: SnapshotSource;
  label: string | null;
}

export function takeSnapshot(repos: Repos, takenAt: number, opts: TakeOptions): SnapshotRecord {
  const facts = readLiveFacts(repos.snapshots);
  const hash = hashFacts(facts);
  const prev = repos.snapshots.latest();
  // Equal hashes mean equal fact sets, so the previous state need not be rebuilt at all. The
  // base is the raw fold, not a hash-checked rebuild: the new snapshot's changes are whatever
  // turns that fold into the current facts, so it rebuilds correctly even if an earlier
  // snapshot's rows were damaged (that one still fails its own check), and sync is never blocked.
  const changes = !prev ? factChanges(new Map(), facts) : prev.hash === hash ? [] : factChanges(foldFacts(repos.snapshots, prev.id), facts);
  const record = { takenAt, source: opts.source, label: opts.label, hash, factCount: facts.size, changeCount: changes.length };
  const id = repos.snapshots.insert(record, changes);
  return { id, ...record };
}

/** What turns `before` into `after`: changed or new facts with their value, removed ones with null. */
export function factChanges(before: FactMap, after: FactMap): FactChange[] {
  const out: FactChange[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) out.push({ key, value });
  for (const key of before.keys()) if (!after.has(key)) out.push({ key, value: null });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
