// Rebuilds the fact set of a stored snapshot by folding its changes and every earlier
// snapshot's, oldest first. Checks the result against the stored hash, so a damaged or edited
// change table is reported instead of silently giving a wrong state. A snapshot this connection
// wrote or already checked is not hashed again while the snapshot tables are unchanged (see memory.ts).
import type { SnapshotRecord, SnapshotsRepo } from '../../db/repos/snapshots';
import { AppError } from '../../../shared/rpc/index';
import type { FactMap } from '../state/facts';
import { hashFacts } from './hash';
import { isVerified, markVerified } from './memory';

export interface RebuiltSnapshot {
  facts: FactMap;
  hash: string;
  takenAt: number;
  record: SnapshotRecord;
}

/** Folds the stored changes up to snapshot `id` without checking the result. */
export function foldFacts(snapshots: SnapshotsRepo, id: number): FactMap {
  const facts: FactMap = new Map();
  snapshots.foldChanges(id, (key, value) => {
    if (value === null) facts.delete(key);
    else facts.set(key, value);
  });
  return facts;
}

export function rebuildFacts(snapshots: SnapshotsRepo, id: number): RebuiltSnapshot {
  const record = recordOf(snapshots, id);
  return checked(snapshots, record, foldFacts(snapshots, id));
}

/**
 * Two snapshots at once, folding the shared history only once: the older one is rebuilt (or
 * taken from, or carried forward from, `bases`), then a copy of it is carried forward by the
 * changes in between. Returned in the order asked, with every key those changes touch: the only
 * keys whose values can differ between the two. Returned facts may be a base's own map: read only.
 */
export function rebuildPair(
  snapshots: SnapshotsRepo,
  a: number,
  b: number,
  bases: readonly KnownFacts[] = [],
): { sides: [RebuiltSnapshot, RebuiltSnapshot]; touched: Set<string> } {
  // Both looked up first, in the order asked, so a missing one is named as a single lookup would.
  const records = [recordOf(snapshots, a), recordOf(snapshots, b)] as const;
  const [loRecord, hiRecord] = a <= b ? records : [records[1], records[0]];
  const older = checked(snapshots, loRecord, factsFrom(snapshots, loRecord, bases));
  const touched = new Set<string>();
  if (loRecord.id === hiRecord.id) return { sides: [older, older], touched };
  const known = exact(hiRecord, bases);
  const facts = known ?? new Map(older.facts);
  snapshots.foldChangesBetween(loRecord.id, hiRecord.id, (key, value) => {
    touched.add(key);
    if (known) return;
    if (value === null) facts.delete(key);
    else facts.set(key, value);
  });
  const newer = checked(snapshots, hiRecord, facts);
  return { sides: a <= b ? [older, newer] : [newer, older], touched };
}

/** Facts of a snapshot this connection rebuilt and checked earlier, under the same write token. */
export interface KnownFacts {
  id: number;
  hash: string;
  facts: FactMap;
}

const exact = (record: SnapshotRecord, bases: readonly KnownFacts[]) => bases.find((k) => k.id === record.id && k.hash === record.hash)?.facts;

/** The known facts themselves, else the nearest earlier known snapshot carried forward, else a full fold. */
function factsFrom(snapshots: SnapshotsRepo, record: SnapshotRecord, bases: readonly KnownFacts[]): FactMap {
  const same = exact(record, bases);
  if (same) return same;
  const base = bases.filter((k) => k.id < record.id).sort((x, y) => y.id - x.id)[0];
  if (!base) return foldFacts(snapshots, record.id);
  const facts = new Map(base.facts);
  snapshots.foldChangesBetween(base.id, record.id, (key, value) => {
    if (value === null) facts.delete(key);
    else facts.set(key, value);
  });
  return facts;
}

function recordOf(snapshots: SnapshotsRepo, id: number): SnapshotRecord {
  const record = snapshots.get(id);
  if (!record) throw new AppError('NotFound', `No snapshot ${id}: \`orgdesk snapshots\` lists the snapshots of this workspace`);
  return record;
}

function checked(snapshots: SnapshotsRepo, record: SnapshotRecord, facts: FactMap): RebuiltSnapshot {
  if (!isVerified(snapshots, record.id, record.hash)) {
    if (hashFacts(facts) !== record.hash) {
      throw new AppError(
        'InvalidState',
        `Snapshot ${record.id} does not rebuild to its recorded hash (${record.hash.slice(0, 12)}…): its stored changes were altered`,
      );
    }
    markVerified(snapshots, record.id, record.hash);
  }
  return { facts, hash: record.hash, takenAt: record.takenAt, record };
}
