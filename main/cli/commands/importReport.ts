// Human output of `orgdesk import`: the summary line, a table of the rows that change or fail,
// and each problem with its row, column, value and message. Wording only; no workspace access.
import type { ImportRowPlan, ImportSummary } from '../../../shared/contract/index';
import { formatTable } from '../table';
import { plural } from '../../../shared/text/plural';

type Change = ImportRowPlan['changes'][number];

export function summaryLine(s: ImportSummary): string {
  return `${s.create} to create, ${s.update} to update, ${s.unchanged} unchanged, ${s.remove} to remove, ${s.skip} skipped, ${s.error} with errors`;
}

const changeText = (c: Change) => `${c.field} ${c.from === null ? '-' : String(c.from)} -> ${c.to === null ? '-' : String(c.to)}`;

export function rowsTable(rows: readonly ImportRowPlan[]): string {
  const shown = rows.filter((r) => r.action !== 'unchanged' && r.action !== 'skip');
  if (shown.length === 0) return '';
  return formatTable(
    ['ROW', 'ACTION', 'ORG', 'USER', 'CHANGES'],
    shown.map((r) => [String(r.row), r.action, r.org ?? '-', r.user ?? '-', r.action === 'error' ? plural(r.errors.length, 'error') : r.changes.map(changeText).join(', ')]),
  );
}

export function problemLines(rows: readonly ImportRowPlan[]): string {
  const lines = rows.flatMap((r) =>
    r.errors.map((e) => `row ${e.row}${e.column ? `, column ${e.column}` : ''}${e.value !== null ? `, value "${e.value}"` : ''}: ${e.message}`),
  );
  return lines.length ? `Errors:\n${lines.map((l) => `  ${l}`).join('\n')}\n` : '';
}
