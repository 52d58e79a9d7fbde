// The report as paper wants it: plain tables, every row (up to a limit), the scope, time and
// state hash on top. Hidden on screen; the print stylesheet shows only this, so the system's
// print dialog (with its "Save as PDF") prints the report and not the app around it.
import type { ReactElement } from 'react';
import type { AccessReport } from '../../../shared/contract/index';
import { formatTime } from './auditText';

/** Past this many rows paper stops being useful; the CSV and HTML files carry everything. */
export const PRINT_ROW_LIMIT = 5000;

export function PrintableReport({ report }: { report: AccessReport }): ReactElement {
  const { meta } = report;
  const rows = report.access.slice(0, PRINT_ROW_LIMIT);
  return (
    <article className="print-only printable-report" aria-hidden="true">
      <h1>{meta.title}</h1>
      <p>
        Scope: {meta.scope.name} · State: {meta.source.kind === 'snapshot' ? `snapshot #${meta.source.id} taken ${formatTime(meta.source.takenAt)}` : 'live workspace'} · Printed {formatTime(meta.generatedAt)}
        {meta.generatedBy ? ` by ${meta.generatedBy}` : ''}
      </p>
      <p className="print-hash">
        Content hash (sha256): <code>{meta.hash}</code> — check it with <code>orgdesk snapshots</code>.
      </p>
      <h2>Who has access</h2>
      <table>
        <thead>
          <tr>
            <th>User</th>
            <th>Project</th>
            <th>Level</th>
            <th>How</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.user}:${r.project}`}>
              <td>
                {r.userName} ({r.user})
              </td>
              <td>{r.projectName}</td>
              <td>{r.level}</td>
              <td>{r.how}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.access.length > rows.length ? <p>{(report.access.length - rows.length).toLocaleString()} more rows are in the CSV and HTML files.</p> : null}
      <h2>Projects and overrides in force</h2>
      <table>
        <thead>
          <tr>
            <th>Project</th>
            <th>Grants</th>
            <th>Overrides</th>
          </tr>
        </thead>
        <tbody>
          {report.projects.map((p) => (
            <tr key={p.project}>
              <td>{p.name}</td>
              <td>{p.grants.map((g) => `${g.principal}: ${g.level}`).join(', ')}</td>
              <td>{[...p.overrides.map((o) => `${o.label}: ${o.value}`), ...p.restrictions].join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.members.length > 0 ? (
        <>
          <h2>Memberships</h2>
          <table>
            <thead>
              <tr>
                <th>Org</th>
                <th>User</th>
                <th>Level</th>
                <th>Billable</th>
                <th>App access</th>
                <th>Project access</th>
              </tr>
            </thead>
            <tbody>
              {report.members.slice(0, PRINT_ROW_LIMIT).map((m) => (
                <tr key={`${m.org}:${m.user}`}>
                  <td>{m.orgName}</td>
                  <td>
                    {m.userName} ({m.user})
                  </td>
                  <td>{m.level}</td>
                  <td>{m.allowBillableActivities ? 'yes' : 'no'}</td>
                  <td>{m.appAccess ? 'yes' : 'no'}</td>
                  <td>{m.projectAccess}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </article>
  );
}
