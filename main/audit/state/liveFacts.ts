// The live workspace as facts, read in one pass with the canonical strings built by SQLite:
// what taking a snapshot and diffing against "now" need, without building AccessState objects
// first. Must produce exactly the values stateToFacts(readLiveState()) does (test/main/audit/state
// checks they agree).
import type { SnapshotsRepo } from '../../db/repos/snapshots';
import type { FactMap } from './facts';

export function readLiveFacts(snapshots: SnapshotsRepo): FactMap {
  const facts: FactMap = new Map();
  snapshots.liveFacts((key, value) => facts.set(key, value));
  return facts;
}
