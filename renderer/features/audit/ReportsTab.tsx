// Reports: who has which level on which project, how, and the overrides in force, for a scope
// at a snapshot (or now), with the state's content hash on it. Saved as CSV or as a
// self-contained HTML file, or printed (and saved as PDF) straight from the app.
import type { ReactElement } from 'react';
import type { AccessReport, ReportAccessRow } from '../../../shared/contract/index';
import { useClient, useQuery } from '../../api/clientContext';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { Button } from '../../ui/Button';
import { LevelBadge } from '../../ui/LevelBadge';
import { RouteMarks } from '../../ui/RouteMarks';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { useAudit } from './auditStore';
import { formatTime } from './auditText';
import { HashText } from './HashText';
import { PrintableReport } from './PrintableReport';
import { ScopeAtPicker, isCompleteScope } from './ScopeAtPicker';

function ReportBody({ report }: { report: AccessReport }): ReactElement {
  const columns: Column<ReportAccessRow>[] = [
    { id: 'user', header: 'User', width: 'minmax(150px, 1.2fr)', cell: (r) => <span className="cell-main"><span className="cell-title">{r.userName}</span><span className="cell-id">{r.user}</span></span> },
    { id: 'project', header: 'Project', width: 'minmax(140px, 1.2fr)', cell: (r) => <span className="truncate" title={r.project}>{r.projectName}</span> },
    { id: 'level', header: 'Level', width: '116px', cell: (r) => <LevelBadge level={r.level} /> },
    { id: 'via', header: 'How', width: 'minmax(160px, 1fr)', cell: (r) => <span className="truncate" title={r.how}>{r.via}</span> },
    { id: 'routes', header: 'Routes', width: 'minmax(160px, 1.2fr)', cell: (r) => <RouteMarks routes={r.routes} /> },
  ];
  const overridden = report.projects.filter((p) => p.overrides.some((o) => !o.isDefault) || p.restrictions.length > 0);
  return (
    <div className="report-screen stack stack-fill">
      <ul className="chips" aria-label="Report summary">
        <li className="chip">
          <strong>{report.access.length.toLocaleString()}</strong> access rows
        </li>
        <li className="chip">
          <strong>{report.projects.length.toLocaleString()}</strong> projects
        </li>
        <li className="chip">
          <strong>{report.members.length.toLocaleString()}</strong> memberships
        </li>
        <li className={`chip${overridden.length > 0 ? ' chip-warn' : ''}`}>
          <strong>{overridden.length.toLocaleString()}</strong> projects with overrides in force
        </li>
      </ul>
      <DataGrid label="Who has access" rows={report.access} columns={columns} rowKey={(r) => `${r.user}:${r.project}`} empty={<p className="muted">Nobody has access in this scope.</p>} />
      {overridden.length > 0 ? (
        <details className="report-overrides">
          <summary>Overrides in force ({overridden.length})</summary>
          <ul>
            {overridden.map((p) => (
              <li key={p.project}>
                <strong>{p.name}</strong>: {[...p.overrides.filter((o) => !o.isDefault).map((o) => `${o.label}: ${o.value}`), ...p.restrictions].join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function ReportsTab(): ReactElement {
  const scope = useAudit((s) => s.reportScope);
  const at = useAudit((s) => s.reportAt);
  const setReport = useAudit((s) => s.setReport);
  const client = useClient();
  const ready = isCompleteScope(scope);
  const { data, error, loading } = useQuery('reports.access', ready ? { scope, at, format: 'rows' } : null);
  const fileOf = async (format: 'csv' | 'html'): Promise<{ name: string; content: string }> => {
    const out = await client.call('reports.access', { scope, at, format });
    if (!out.document) throw new Error('The report service returned no file.');
    return out.document;
  };
  const meta = data?.meta;
  return (
    <div className="stack stack-fill audit-reports">
      <ScopeAtPicker scope={scope} at={at} onChange={setReport} />
      <div className="toolbar">
        {meta ? (
          <span className="report-meta">
            <strong>{meta.title}</strong>
            <span className="muted small">{meta.source.kind === 'snapshot' ? `snapshot #${meta.source.id} of ${formatTime(meta.source.takenAt)}` : 'live workspace'}</span>
            <span className="small">
              State hash <HashText hash={meta.hash} />
            </span>
          </span>
        ) : null}
        <span className="toolbar-spacer" />
        <ExportCsvButton title="The report as CSV (opens in spreadsheets)" fetch={() => fileOf('csv')} label="Download CSV" />
        <ExportCsvButton title="A self-contained HTML file with the hash printed on it" fetch={() => fileOf('html')} label="Download HTML" />
        <Button size="sm" variant="primary" disabledReason={data?.report ? null : 'The report is still being prepared'} onClick={() => window.print()}>
          Print / Save as PDF
        </Button>
      </div>
      <ErrorNote error={error} prefix="The report could not be produced." />
      {!ready ? <p className="muted pad">Choose what the report covers.</p> : null}
      {ready && loading && !data ? <p className="muted pad">Preparing the report…</p> : null}
      {data?.report ? (
        <>
          <ReportBody report={data.report} />
          <PrintableReport report={data.report} />
        </>
      ) : null}
    </div>
  );
}
