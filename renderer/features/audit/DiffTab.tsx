// Diff: two states side by side in time (A → B), what changed structurally and what that did
// to effective access, each effective change with the route that caused it, before → after.
// Filters narrow it to a user, org, project, kind, or "who gained X".
import type { ReactElement } from 'react';
import type { DiffFilters, SnapshotSummary } from '../../../shared/contract/index';
import { useClient, useQuery } from '../../api/clientContext';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { RouteMarks } from '../../ui/RouteMarks';
import { appRouteLabel } from '../../ui/routeText';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { useAudit } from './auditStore';
import type { DiffPair } from './auditStore';
import { snapshotLabel } from './auditText';
import { DiffFilterBar } from './DiffFilterBar';
import type { DiffRow } from './diffModel';
import { diffRows, summaryChips } from './diffModel';
import { HashText } from './HashText';
import { InlineField } from './InlineField';

function SidePicker({ label, value, snapshots, allowNow, onChange }: { label: string; value: number | 'now' | null; snapshots: readonly SnapshotSummary[]; allowNow: boolean; onChange(v: number | 'now'): void }): ReactElement {
  return (
    <InlineField label={label}>
<select value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === 'now' ? 'now' : Number(e.target.value))}>
        {value === null ? <option value="">Pick a snapshot…</option> : null}
        {[...snapshots].reverse().map((s) => (
          <option key={s.id} value={s.id}>
            {snapshotLabel(s)}
          </option>
        ))}
        {allowNow ? <option value="now">Now (live workspace)</option> : null}
      </select>
</InlineField>
  );
}

const structuralTone = { added: 'ok', removed: 'danger', changed: 'pending' } as const;

function WhoCell({ name, id }: { name: string; id: string }): ReactElement {
  return (
    <span className="diff-who cell-main">
      <span className="cell-title">{name}</span>
      <span className="cell-id">{id}</span>
    </span>
  );
}

function CauseCell({ summary }: { summary: string }): ReactElement {
  return (
    <span className="diff-cause truncate" title={summary}>
      {summary}
    </span>
  );
}

function RowCells({ row }: { row: DiffRow }): ReactElement | null {
  if (row.kind === 'effective') {
    const c = row.change;
    return (
      <span className="diff-line">
        <WhoCell name={c.userName} id={c.user} />
        <span className="diff-what" title={c.project}>
          {c.projectName}
        </span>
        <span className="diff-levels">
          <LevelBadge level={c.before} /> <span aria-hidden="true">→</span> <LevelBadge level={c.after} />
        </span>
        <CauseCell summary={c.causeSummary} />
        <span className="diff-routes" aria-label="Routes before and after">
          <RouteMarks routes={c.routesBefore} /> <span aria-hidden="true">→</span> <RouteMarks routes={c.routesAfter} />
        </span>
      </span>
    );
  }
  if (row.kind === 'app') {
    const c = row.change;
    return (
      <span className="diff-line">
        <WhoCell name={c.userName} id={c.user} />
        <span className="diff-what" title={c.app}>
          app {c.appName}
        </span>
        <span className="diff-levels">
          <Badge tone={c.change === 'revoked' ? 'danger' : 'ok'}>{c.change === 'revoked' ? 'can no longer run' : 'can now run'}</Badge>
        </span>
        <CauseCell summary={c.causeSummary} />
        <span className="diff-routes small muted truncate" title={c.routesBefore.map(appRouteLabel).join('; ')}>
          {c.routesBefore.filter((r) => r.grants).map(appRouteLabel).join('; ') || '—'}
        </span>
      </span>
    );
  }
  if (row.kind === 'structural') {
    const c = row.change;
    return (
      <span className="diff-line diff-structural">
        <Badge tone={structuralTone[c.change]}>{c.change}</Badge>
        <span className="diff-summary truncate" title={c.summary}>
          {c.summary}
        </span>
        <span className="diff-fields small">
          {c.fields.slice(0, 4).map((f) => (
            <span key={f.field} className="diff-field">
              {f.label}: <s>{String(f.before ?? '—')}</s> → <strong>{String(f.after ?? '—')}</strong>
            </span>
          ))}
        </span>
      </span>
    );
  }
  return null;
}

function DiffBody({ pair, filters }: { pair: DiffPair; filters: DiffFilters }): ReactElement {
  const { data, error, loading } = useQuery('snapshots.diff', { from: pair.from, to: pair.to, filters });
  const client = useClient();
  if (error) return <ErrorNote error={error} prefix="The diff could not be computed." />;
  if (!data) return <p className="muted pad">{loading ? 'Comparing…' : ''}</p>;
  const rows = diffRows(data);
  const columns: Column<DiffRow>[] = [{ id: 'change', header: 'Change', width: '1fr', cell: (row) => <RowCells row={row} /> }];
  return (
    <div className="stack stack-fill">
      <div className="diff-sides">
        <div className="diff-side">
          <span className="diff-side-tag">A</span>
          <span>{data.from.kind === 'now' ? 'Now' : `Snapshot #${data.from.id ?? ''}`}</span>
          <HashText hash={data.from.hash} />
        </div>
        <span aria-hidden="true" className="diff-arrow">
          →
        </span>
        <div className="diff-side">
          <span className="diff-side-tag">B</span>
          <span>{data.to.kind === 'now' ? 'Now (live workspace)' : `Snapshot #${data.to.id ?? ''}`}</span>
          <HashText hash={data.to.hash} />
        </div>
        <span className="toolbar-spacer" />
        <ExportCsvButton title="The diff as it is filtered, as CSV" fetch={() => client.call('snapshots.diffCsv', { from: pair.from, to: pair.to, filters })} />
      </div>
      <ul className="chips" aria-label="Diff summary">
        {summaryChips(data).map((c) => (
          <li key={c.id} className={`chip chip-${c.tone}${c.count === 0 ? ' chip-zero' : ''}`}>
            <strong>{c.count.toLocaleString()}</strong> {c.label}
          </li>
        ))}
      </ul>
      {data.identical ? <p className="note">Both states have the same content hash: nothing access-relevant changed between them.</p> : null}
      <DataGrid
        label="Changes between A and B"
        className="diff-grid"
        rows={rows}
        columns={columns}
        rowKey={(r) => r.key}
        rowHeight={36}
        fullRow={(r) =>
          r.kind === 'heading' ? (
            <span className="diff-heading">
              {r.title} <span className="view-count">{r.count.toLocaleString()}</span>
            </span>
          ) : null
        }
        empty={<p className="muted">No changes match these filters.</p>}
      />
    </div>
  );
}

export function DiffTab(): ReactElement {
  const pair = useAudit((s) => s.diff);
  const compare = useAudit((s) => s.compare);
  const filters = useAudit((s) => s.diffFilters);
  const setFilters = useAudit((s) => s.setDiffFilters);
  const snapshots = useQuery('snapshots.list', {}).data?.snapshots ?? [];
  const latest = snapshots[snapshots.length - 1];
  return (
    <div className="stack stack-fill audit-diff">
      <div className="toolbar">
        <SidePicker label="A (from)" value={pair?.from ?? null} snapshots={snapshots} allowNow={false} onChange={(v) => v !== 'now' && compare({ from: v, to: pair?.to ?? 'now' })} />
        <span aria-hidden="true">→</span>
        <SidePicker label="B (to)" value={pair?.to ?? (pair ? 'now' : null)} snapshots={snapshots} allowNow onChange={(v) => pair && compare({ from: pair.from, to: v })} />
      </div>
      <DiffFilterBar filters={filters} onChange={setFilters} />
      {pair ? (
        <DiffBody pair={pair} filters={filters} />
      ) : (
        <div className="empty">
          <p>Pick two snapshots on the Timeline, or start from the latest one and compare it with now.</p>
          {latest ? (
            <button type="button" className="btn btn-primary btn-md" onClick={() => compare({ from: latest.id, to: 'now' })}>
              Compare #{latest.id} with now
            </button>
          ) : (
            <p className="muted">No snapshots yet: sync, or take one on the Timeline.</p>
          )}
        </div>
      )}
    </div>
  );
}
