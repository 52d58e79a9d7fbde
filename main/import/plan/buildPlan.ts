// One plan pass over parsed rows: validate against the workspace, diff each row, count. Used
// at plan time and again inside the apply transaction (the workspace may have moved on).
// Reads only; the access impact is computed separately because apply does not need it.
import type { ImportProblem, ImportSummary } from '../../../shared/contract/index';
import type { Repos } from '../../db/repos/index';
import type { CsvRow, ReadProblem } from '../read/index';
import { planRows } from './planRows';
import type { OnExisting, PlannedRow } from './types';
import { validateRows } from './validateRows';

export interface PlanPass {
  rows: PlannedRow[];
  summary: ImportSummary;
}

export function emptySummary(): ImportSummary {
  return { create: 0, update: 0, unchanged: 0, remove: 0, skip: 0, error: 0 };
}

export function summarize(rows: readonly PlannedRow[]): ImportSummary {
  const s = emptySummary();
  for (const r of rows) s[r.action] += 1;
  return s;
}

export function planPass(repos: Repos, actor: string | null, csvRows: readonly CsvRow[], onExisting: OnExisting, problems: readonly ReadProblem[] = []): PlanPass {
  const { rows: validated, lookup } = validateRows(csvRows, repos, actor);
  const byRowProblems = new Map<number, ReadProblem[]>();
  for (const p of problems) {
    const list = byRowProblems.get(p.row);
    if (list) list.push(p);
    else byRowProblems.set(p.row, [p]);
  }
  const plain = ({ row, column, value, message }: ImportProblem): ImportProblem => ({ row, column, value, message });
  for (const v of validated) {
    const found = byRowProblems.get(v.row);
    if (found === undefined) continue;
    v.warnings = found.filter((p) => p.severity === 'warning').map(plain);
    // A reader error on a row (a ragged row, say) makes that row fail like a validation error.
    v.errors.push(...found.filter((p) => p.severity === 'error').map(plain));
  }
  let byRow: Map<number, CsvRow> | undefined;
  const rows = planRows(validated, {
    lookup,
    onExisting,
    columnOf: (row, field) => {
      // Only failing rows ask, so the row index is built on first use, not for every plan.
      byRow ??= new Map<number, CsvRow>(csvRows.map((r) => [r.row, r]));
      const cols: Partial<Record<string, string>> = byRow.get(row)?.columnOf ?? {};
      return cols[field] ?? field;
    },
  });
  return { rows, summary: summarize(rows) };
}
