// What one connection remembers about the stored snapshots between calls: the latest
// snapshot's facts with its hash text (so the next snapshot compares live facts against it
// instead of folding the whole history), and which snapshots were already checked against
// their hash. Everything is forgotten as soon as the repo's write token moves (another
// connection committed, or snapshot rows were written on this one by anything but the repo's
// insert), and a remembered latest is used only while the table's latest snapshot has the same
// id and hash, so a rolled-back take or a snapshot written elsewhere is never built upon.
import type { SnapshotsRepo } from '../../db/repos/snapshots';
import type { FactMap } from '../state/facts';
import type { HashText } from './hashText';

export interface RememberedSnapshot {
  id: number;
  hash: string;
  facts: FactMap;
  text: HashText;
}

interface Memory {
  token: string;
  latest: RememberedSnapshot | undefined;
  /** snapshot id -> the hash its folded changes were seen to have. */
  verified: Map<number, string>;
  /** Other modules' per-connection values that hold only while the snapshot tables are unchanged. */
  slots: Map<symbol, unknown>;
}

const memories = new WeakMap<SnapshotsRepo, Memory>();

/** The memory valid for the current token, or null when the snapshot tables cannot be watched. */
function current(snapshots: SnapshotsRepo): Memory | null {
  const token = snapshots.writeToken();
  if (token === null) {
    memories.delete(snapshots);
    return null;
  }
  let memory = memories.get(snapshots);
  if (!memory || memory.token !== token) {
    memory = { token, latest: undefined, verified: new Map(), slots: new Map() };
    memories.set(snapshots, memory);
  }
  return memory;
}

/**
 * The remembered facts of the latest stored snapshot `latest`, handed over: the caller may
 * change them and must call remember() with what they then describe.
 */
export function takeRemembered(snapshots: SnapshotsRepo, latest: { id: number; hash: string }): RememberedSnapshot | undefined {
  const memory = current(snapshots);
  const known = memory?.latest;
  if (!memory || !known) return undefined;
  memory.latest = undefined;
  return known.id === latest.id && known.hash === latest.hash ? known : undefined;
}

/** Records `snapshot` as just written by this connection (its stored rows fold to `facts`). */
export function remember(snapshots: SnapshotsRepo, snapshot: RememberedSnapshot): void {
  const memory = current(snapshots);
  if (!memory) return;
  memory.latest = snapshot;
  memory.verified.set(snapshot.id, snapshot.hash);
}

export function isVerified(snapshots: SnapshotsRepo, id: number, hash: string): boolean {
  return current(snapshots)?.verified.get(id) === hash;
}

export function markVerified(snapshots: SnapshotsRepo, id: number, hash: string): void {
  current(snapshots)?.verified.set(id, hash);
}

/** A named per-connection value, forgotten with everything else when the snapshot tables change. */
export function memorySlot<T>(name: string): { get(snapshots: SnapshotsRepo): T | undefined; set(snapshots: SnapshotsRepo, value: T): void } {
  const id = Symbol(name);
  return {
    get: (snapshots) => current(snapshots)?.slots.get(id) as T | undefined,
    set: (snapshots, value) => void current(snapshots)?.slots.set(id, value),
  };
}

/** Drops everything remembered for this connection (tests, and callers that know better). */
export function forget(snapshots: SnapshotsRepo): void {
  memories.delete(snapshots);
}
