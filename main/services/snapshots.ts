// Snapshots of the access state and diffs between them, for auditors. Taking a snapshot is one
// IMMEDIATE transaction (read the previous one, write the new one); a diff reads both sides in
// one read transaction so "now" cannot shift underneath it. Events go out after commit only.
import type { DiffFilters, SnapshotSummary } from '../../shared/contract/audit';
import type { SnapshotSource } from '../db/repos/snapshots';
import { diffCsv, diffCsvName } from '../audit/diff/diffCsv';
import { diffSnapshots } from '../audit/diff/diffSnapshots';
import { toSnapshotSummary } from '../audit/snapshots/summary';
import { takeSnapshot } from '../audit/snapshots/take';
import type { ServiceContext } from './context';

export interface DiffInput {
  from: number;
  to: number | 'now';
  filters: DiffFilters;
}

export function createSnapshotsService(ctx: ServiceContext) {
  return {
    list: () => {
      const snapshots = ctx.repos.snapshots.all().map(toSnapshotSummary);
      return {
        snapshots,
        storedChanges: snapshots.reduce((n, s) => n + s.changeCount, 0),
        storedBytes: ctx.repos.snapshots.storedBytes(),
      };
    },
    take: (input: { label?: string | undefined }, source: SnapshotSource = 'manual'): SnapshotSummary => {
      const record = ctx.db.transaction(() => takeSnapshot(ctx.repos, ctx.now(), { source, label: input.label ?? null })).immediate();
      const summary = toSnapshotSummary(record);
      ctx.events.emit('snapshots.recorded', summary);
      return summary;
    },
    diff: (input: DiffInput) => ctx.db.transaction(() => diffSnapshots(ctx.repos, input.from, input.to, input.filters)).deferred(),
    diffCsv: (input: DiffInput) => {
      const diff = ctx.db.transaction(() => diffSnapshots(ctx.repos, input.from, input.to, input.filters)).deferred();
      return { name: diffCsvName(diff), content: diffCsv(diff) };
    },
  };
}
export type SnapshotsService = ReturnType<typeof createSnapshotsService>;
