// A stored snapshot row as the contract shows it (list, take, the snapshots.recorded event).
import type { SnapshotSummary } from '../../../shared/contract/audit';
import type { SnapshotRecord } from '../../db/repos/snapshots';

export function toSnapshotSummary(r: SnapshotRecord): SnapshotSummary {
  return { id: r.id, takenAt: r.takenAt, source: r.source, label: r.label, hash: r.hash, factCount: r.factCount, changeCount: r.changeCount };
}
