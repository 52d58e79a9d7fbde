// Turns a stored plan into the contract's shapes: file info, the rows without apply-only
// fields, the Apply / Apply-partial decisions. Pure; the impact is passed in.
import type { ImportPlan, ImportRowPlan, ImportSummary } from '../../../shared/contract/index';
import { ALLOW, deny } from '../../../shared/domain/index';
import type { ReadResult } from '../read/index';
import { rowChanges } from './planRows';
import type { PlannedRow } from './types';
import { plural, verb } from '../../../shared/text/plural';

export function fileInfo(name: string, bytes: number, read: ReadResult): ImportPlan['file'] {
  return {
    name,
    bytes,
    encoding: read.encoding,
    bom: read.bom,
    delimiter: read.delimiter,
    rowCount: read.rows.length,
    columns: read.columns.map((c) => ({ header: c.header, field: c.field })),
    warnings: read.problems.map(({ row, column, value, message }) => ({ row, column, value, message })),
  };
}

export function rowView(r: PlannedRow): ImportRowPlan {
  return { row: r.row, action: r.action, org: r.org, user: r.user, level: r.level, changes: rowChanges(r), errors: r.errors, warnings: r.warnings };
}

/** Why an apply is refused, worded once for the app, the service and the CLI. */
export function errorRowsText(n: number): string {
  return `${plural(n, 'row')} ${verb(n, 'has', 'have')} errors`;
}

export function applyDecisions(summary: ImportSummary): Pick<ImportPlan, 'canApply' | 'canApplyPartial'> {
  const changes = summary.create + summary.update + summary.remove;
  return {
    canApply: summary.error === 0 ? ALLOW : deny(`${errorRowsText(summary.error)}: fix them, or apply with partial to skip them`),
    canApplyPartial: changes > 0 || summary.error === 0 ? ALLOW : deny('Every row has an error: there is nothing to apply'),
  };
}
