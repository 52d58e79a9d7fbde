// The one edit log row an import apply writes in place of one row per queued edit: the file,
// the plan counts, the undo file, the outbox id range, and every queued row compactly (a
// tuple per row, not an object), so a 100k-row apply adds one serialisation and one hash.
import type { ImportSummary } from '../../../shared/contract/index';
import type { Membership } from '../../../shared/domain/index';
import type { NewLogRow } from '../../db/repos/editLog';
import type { PlannedRow } from '../../import/plan/types';
import { plural } from '../../../shared/text/plural';

/**
 * What each tuple of `rows` holds: before/after are [level, allowBillableActivities, appAccess,
 * projectAccess]; revoke is a removal's [revokeProjectPermissions, revokeAppPermissions];
 * restore is what an undo row gives back beside the membership: [[project, level]…, [app…]].
 */
export const IMPORT_ROW_COLUMNS = ['row', 'outboxId', 'action', 'org', 'user', 'before', 'after', 'revoke', 'restore'] as const;

type Flags = [string, boolean, boolean, string];
type Restore = [Array<[string, string]>, string[]];
type ImportRowTuple = [number, number, string, string, string, Flags | null, Flags | null, [boolean, boolean] | null, Restore | null];

const flags = (m: Membership | null): Flags | null => (m === null ? null : [m.level, m.allowBillableActivities, m.appAccess, m.projectAccess]);

export interface ImportApplyFacts {
  /** Every outbox entry the apply queued (membership edits and restores): ids first..last. */
  firstOutboxId: number | null;
  lastOutboxId: number | null;
  queued: number;
  at: number;
  actor: string;
  fileName: string;
  undoPath: string;
  summary: ImportSummary;
  partial: boolean;
}

export function createImportRecorder() {
  const rows: ImportRowTuple[] = [];
  return {
    /** writePlan's onQueued: one tuple per row that queued its membership edit. */
    add: (r: PlannedRow, outboxId: number): void => {
      const removal = r.action === 'remove' && r.removal ? ([r.removal.revokeProjectPermissions, r.removal.revokeAppPermissions] as [boolean, boolean]) : null;
      const restore: Restore | null = r.restore ? [r.restore.projects.map((g) => [g.project, g.level]), r.restore.apps.map((a) => a.app)] : null;
      rows.push([r.row, outboxId, r.action, r.current?.org ?? r.next?.org ?? '', r.current?.user ?? r.next?.user ?? '', flags(r.current), r.action === 'remove' ? null : flags(r.next), removal, restore]);
    },
    entry: (f: ImportApplyFacts): NewLogRow => {
      const s = f.summary;
      const counts = `${s.create} created, ${s.update} updated, ${s.remove} removed`;
      const detail = {
        fileName: f.fileName,
        undoPath: f.undoPath,
        summary: s,
        partial: f.partial,
        queued: f.queued,
        firstOutboxId: f.firstOutboxId,
        lastOutboxId: f.lastOutboxId,
        rowColumns: IMPORT_ROW_COLUMNS,
        rows,
      };
      return {
        at: f.at,
        actor: f.actor,
        kind: 'import',
        outboxId: null,
        op: 'import.apply',
        target: `import:${f.fileName}`,
        summary: `Import ${f.fileName}: ${counts} (${plural(f.queued, 'edit')} queued)`,
        before: null,
        after: null,
        detail: JSON.stringify(detail),
      };
    },
  };
}
