// Rebuilds the fact set of a stored snapshot by folding its changes and every earlier
// snapshot's, oldest first. Checks the result against the stored hash, so a damaged or edited
// change table is reported instead of silently giving a wrong state.
import type { SnapshotsRepo } from '../../db/repos/snapshots';
import { AppError } from '../../../shared/rpc/index';
import type { FactMap } from '../state/facts';
import { hashFacts } from './hash';

/** Folds the stored changes up to snapshot `id` without checking the result. */
export function foldFacts(snapshots: SnapshotsRepo, id: number): FactMap {
  const facts: FactMap = new Map();
  snapshots.foldChanges(id, (key, value) => {
    if (value === null) facts.delete(key);
    else facts.set(key, value);
  });
  return facts;
}

export function rebuildFacts(snapshots: SnapshotsRepo, id: number): { facts: FactMap; hash: string; takenAt: number } {
  const record = snapshots.get(id);
  if (!record) throw new AppError('NotFound', `No snapshot ${id}: \`orgdesk snapshots\` lists the snapshots of this workspace`);
  const facts = foldFacts(snapshots, id);
  const hash = hashFacts(facts);
  if (hash !== record.hash) {
    throw new AppError('InvalidState', `Snapshot ${id} does not rebuild to its recorded hash (${record.hash.slice(0, 12)}…): its stored changes were altered`);
  }
  return { facts, hash, takenAt: record.takenAt };
}
