// Records a snapshot of the live access state, storing only the facts that differ from the
// previous snapshot. Runs inside the caller's transaction (reading the previous snapshot and
// writing the new one must see one moment); it never opens one and never emits events.
import type { Repos } from '../../db/repos/index';
import type { FactChange, SnapshotRecord, SnapshotSource, SnapshotsRepo } from '../../db/repos/snapshots';
import type { FactMap } from '../state/facts';
import { readLiveFacts } from '../state/liveFacts';
import { HashText } from './hashText';
import type { RememberedSnapshot } from './memory';
import { remember, takeRemembered } from './memory';
import { foldFacts } from './rebuild';

export interface TakeOptions {
  source: SnapshotSource;
  label: string | null;
}

export function takeSnapshot(repos: Repos, takenAt: number, opts: TakeOptions): SnapshotRecord {
  const snapshots = repos.snapshots;
  const prev = snapshots.latest();
  const known = prev && takeRemembered(snapshots, prev);
  const next = known ? advance(snapshots, known) : fromScratch(snapshots, prev);
  const record = { takenAt, source: opts.source, label: opts.label, hash: next.hash, factCount: next.facts.size, changeCount: next.changes.length };
  const id = snapshots.insert(record, next.changes);
  remember(snapshots, { id, hash: next.hash, facts: next.facts, text: next.text });
  return { id, ...record };
}

interface Next {
  facts: FactMap;
  text: HashText;
  hash: string;
  changes: FactChange[];
}

/** The common case: compare the live facts with the remembered previous ones and rehash only what changed. */
function advance(snapshots: SnapshotsRepo, known: RememberedSnapshot): Next {
  const { facts, text } = known;
  const changes = liveChanges(snapshots, facts);
  for (const c of changes) {
    if (c.value === null) facts.delete(c.key);
    else facts.set(c.key, c.value);
    text.touch(c.key, c.value !== null);
  }
  return { facts, text, hash: changes.length === 0 ? known.hash : text.digest(facts), changes };
}

/**
 * Nothing usable remembered (first snapshot on this connection, or the table moved on): read
 * and hash everything. The base is the raw fold, not a hash-checked rebuild: the new snapshot's
 * changes are whatever turns that fold into the current facts, so it rebuilds correctly even if
 * an earlier snapshot's rows were damaged (that one still fails its own check), and sync is
 * never blocked. Equal hashes mean equal fact sets, so then nothing needs folding at all.
 */
function fromScratch(snapshots: SnapshotsRepo, prev: SnapshotRecord | undefined): Next {
  const facts = readLiveFacts(snapshots);
  const text = new HashText(facts);
  const hash = text.digest(facts);
  const changes = !prev ? factChanges(new Map(), facts) : prev.hash === hash ? [] : factChanges(foldFacts(snapshots, prev.id), facts);
  return { facts, text, hash, changes };
}

/** What turns `before` into the live facts, read in one pass without building a second map. */
function liveChanges(snapshots: SnapshotsRepo, before: FactMap): FactChange[] {
  const out: FactChange[] = [];
  const liveKeys: string[] = [];
  let added = 0;
  snapshots.liveFacts((key, value) => {
    liveKeys.push(key);
    const old = before.get(key);
    if (old === value) return;
    if (old === undefined) added++;
    out.push({ key, value });
  });
  // Keys are unique on both sides, so a count mismatch is exactly the number of removals.
  if (before.size > liveKeys.length - added) {
    const live = new Set(liveKeys);
    for (const key of before.keys()) if (!live.has(key)) out.push({ key, value: null });
  }
  return out.sort(byKey);
}

/** What turns `before` into `after`: changed or new facts with their value, removed ones with null. */
export function factChanges(before: FactMap, after: FactMap): FactChange[] {
  const out: FactChange[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) out.push({ key, value });
  for (const key of before.keys()) if (!after.has(key)) out.push({ key, value: null });
  return out.sort(byKey);
}

const byKey = (a: FactChange, b: FactChange) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
