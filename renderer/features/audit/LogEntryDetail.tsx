// One edit log entry in full: the fields before and after, every sync outcome it had, the
// import's files, and the two hashes that chain it, so an auditor can check it by hand.
import type { ReactElement } from 'react';
import type { LogEntry } from '../../../shared/contract/index';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { STATUS_TONE, changedFields, formatTime, statusLine } from './auditText';

export function LogEntryDetail({ entry, onClose }: { entry: LogEntry; onClose(): void }): ReactElement {
  const fields = changedFields(entry.before, entry.after);
  return (
    <aside className="detail log-detail" aria-label={`Edit log row ${entry.seq}`}>
      <div className="detail-head">
        <h2>Row {entry.seq}</h2>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close details">
          Close
        </Button>
      </div>
      <p>{entry.summary}</p>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatTime(entry.at)}</dd>
        <dt>By</dt>
        <dd className="mono">{entry.actor}</dd>
        <dt>Edit</dt>
        <dd className="mono">{entry.op}</dd>
        <dt>Target</dt>
        <dd className="mono">{entry.target}</dd>
        <dt>Sync</dt>
        <dd>
          <Badge tone={STATUS_TONE[entry.status]}>{statusLine(entry)}</Badge>
        </dd>
      </dl>
      {entry.import ? (
        <>
          <h3 className="section-title">Import</h3>
          <dl className="facts">
            <dt>File</dt>
            <dd>{entry.import.fileName}</dd>
            <dt>Rows</dt>
            <dd>{`${entry.import.summary.create} added · ${entry.import.summary.update} changed · ${entry.import.summary.remove} removed`}</dd>
            <dt>Queued</dt>
            <dd>{entry.import.queued.toLocaleString()} edits</dd>
            <dt>Undo file</dt>
            <dd className="mono small break">{entry.import.undoPath}</dd>
          </dl>
        </>
      ) : (
        <>
          <h3 className="section-title">Before → after</h3>
          {fields.length === 0 ? (
            <p className="muted small">No field-level change recorded.</p>
          ) : (
            <table className="mini-table">
              <thead>
                <tr>
                  <th>Field</th>
                  <th>Before</th>
                  <th>After</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.field}>
                    <td className="mono">{f.field}</td>
                    <td>{f.before}</td>
                    <td>
                      <strong>{f.after}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <h3 className="section-title">Sync history</h3>
      {entry.outcomes.length === 0 ? (
        <p className="muted small">Not sent yet.</p>
      ) : (
        <ol className="outcomes">
          {entry.outcomes.map((o) => (
            <li key={o.seq}>
              <span className="small muted">{formatTime(o.at)}</span> <span className="mono small">{o.outcome}</span>
              {o.message ? <span className="small"> — {o.message}</span> : null} <span className="faint small">(row {o.seq}, by {o.actor})</span>
            </li>
          ))}
          {entry.outcomesTotal > entry.outcomes.length ? <li className="muted small">…and {entry.outcomesTotal - entry.outcomes.length} earlier outcomes</li> : null}
        </ol>
      )}
      <h3 className="section-title">Chain</h3>
      <dl className="facts">
        <dt>Hash</dt>
        <dd className="mono small break">{entry.hash}</dd>
        <dt>Previous</dt>
        <dd className="mono small break">{entry.prevHash}</dd>
      </dl>
    </aside>
  );
}
