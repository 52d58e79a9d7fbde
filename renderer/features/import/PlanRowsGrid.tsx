// The preview table: one row per file row with its action, org, user, the changes it makes
// ("field: old -> new") and its problems. Error rows are highlighted; the grid virtualises,
// and further pages load on request so a 100k-row file previews without shipping it all.
import type { ReactElement } from 'react';
import type { ImportPlan, ImportRowPlan } from '../../../shared/contract/index';
import { Badge } from '../../ui/Badge';
import type { BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { changeText, problemText } from './importText';
import { PAGE_SIZE, usePlanRows } from './usePlanRows';

const ACTION_TONES: Record<ImportRowPlan['action'], BadgeTone> = {
  create: 'ok',
  update: 'strong',
  unchanged: 'muted',
  remove: 'pending',
  skip: 'neutral',
  error: 'danger',
};

function joined(items: string[]): { text: string; title: string | undefined } {
  const text = items.join('; ');
  return { text, title: items.length > 0 ? items.join('\n') : undefined };
}

const COLUMNS: readonly Column<ImportRowPlan>[] = [
  { id: 'row', header: 'Row', width: '56px', align: 'end', cell: (r) => <span className="num muted">{r.row}</span> },
  {
    id: 'action',
    header: 'Action',
    width: '92px',
    cell: (r) => <Badge tone={ACTION_TONES[r.action]}>{r.action}</Badge>,
  },
  { id: 'org', header: 'Org', width: 'minmax(110px, 1fr)', cell: (r) => <span className="mono truncate">{r.org ?? '—'}</span> },
  { id: 'user', header: 'User', width: 'minmax(110px, 1fr)', cell: (r) => <span className="mono truncate">{r.user ?? '—'}</span> },
  { id: 'level', header: 'Level', width: '84px', cell: (r) => <span className="small">{r.level ?? ''}</span> },
  {
    id: 'changes',
    header: 'Changes',
    width: 'minmax(200px, 2fr)',
    cell: (r) => {
      const c = joined(r.changes.map((c) => changeText(c, r.action === 'create')));
      return (
        <span className="truncate" title={c.title}>
          {c.text}
        </span>
      );
    },
  },
  {
    id: 'problems',
    header: 'Problems',
    width: 'minmax(240px, 3fr)',
    cell: (r) => {
      const errors = joined(r.errors.map(problemText));
      const warnings = joined(r.warnings.map(problemText));
      return (
        <span className="truncate" title={[errors.title, warnings.title].filter(Boolean).join('\n') || undefined}>
          {errors.text ? <span className="import-error">{errors.text}</span> : null}
          {errors.text && warnings.text ? ' ' : null}
          {warnings.text ? <span className="import-warning">{warnings.text}</span> : null}
        </span>
      );
    },
  },
];

export function PlanRowsGrid({ plan, errorsOnly }: { plan: ImportPlan; errorsOnly: boolean }): ReactElement {
  const page = usePlanRows(plan, errorsOnly);
  const more = page.total - page.rows.length;
  return (
    <div className="import-rows">
      <DataGrid
        label={errorsOnly ? 'Rows with errors' : 'Import preview'}
        rows={page.rows}
        columns={COLUMNS}
        rowKey={(r) => String(r.row)}
        rowClassName={(r) => (r.action === 'error' ? 'is-error' : undefined)}
        empty={page.loading ? 'Loading rows…' : errorsOnly ? 'No rows with errors.' : 'The file has no member rows: download the blank template to see the columns.'}
      />
      <ErrorNote error={page.error} prefix="Could not load more rows." />
      <div className="import-rows-foot small muted" aria-live="polite">
        Showing {page.rows.length.toLocaleString('en-US')} of {page.total.toLocaleString('en-US')} {errorsOnly ? 'rows with errors' : 'rows'}
        {more > 0 ? (
          <Button size="sm" variant="ghost" disabled={page.loading} onClick={page.loadMore}>
            {page.loading ? 'Loading…' : `Show ${Math.min(more, PAGE_SIZE).toLocaleString('en-US')} more`}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
