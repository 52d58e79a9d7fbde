// Changes: the outbox, read-only for now — every local edit with its state (pending, sending,
// failed, conflict…) and the platform's error when there is one.
import type { ReactElement } from 'react';
import type { OutboxEntry } from '../../../shared/contract/index';
import { useQuery } from '../../api/clientContext';
import type { BadgeTone } from '../../ui/Badge';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { ViewHeader } from '../../ui/ViewHeader';

const TONE: Record<OutboxEntry['state'], BadgeTone> = {
  pending: 'pending',
  sending: 'pending',
  sent: 'ok',
  failed: 'danger',
  conflict: 'danger',
  discarded: 'muted',
};

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

const columns: Column<OutboxEntry>[] = [
  { id: 'id', header: '#', width: '56px', align: 'end', cell: (e) => <span className="num">{e.id}</span> },
  { id: 'when', header: 'When', width: '150px', cell: (e) => <span className="small muted">{time.format(new Date(e.createdAt))}</span> },
  { id: 'op', header: 'Operation', width: '130px', cell: (e) => <span className="mono small">{e.op}</span> },
  { id: 'summary', header: 'Summary', width: 'minmax(240px, 3fr)', cell: (e) => <span className="truncate">{e.summary}</span> },
  { id: 'by', header: 'By', width: '90px', cell: (e) => <span className="mono small">{e.actingUser}</span> },
  { id: 'state', header: 'State', width: '90px', cell: (e) => <Badge tone={TONE[e.state]}>{e.state}</Badge> },
  { id: 'error', header: 'Platform said', width: 'minmax(160px, 2fr)', cell: (e) => (e.error ? <span className="truncate bad" title={e.error}>{e.error}</span> : <span className="muted">—</span>) },
];

export function ChangesView(): ReactElement {
  const { data, error, loading } = useQuery('outbox.list', {});
  const entries = [...(data?.entries ?? [])].sort((a, b) => b.id - a.id);
  return (
    <section className="view" aria-labelledby="changes-title">
      <ViewHeader id="changes-title" title="Changes" count={data ? entries.length : undefined} />
      <p className="legend-text muted small">Edits are saved in this workspace at once and listed here until they are synced to the platform. Newest first.</p>
      <ErrorNote error={error} prefix="The outbox could not be read." />
      <DataGrid label="Local changes" rows={entries} columns={columns} rowKey={(e) => String(e.id)} empty={loading ? 'Reading the outbox…' : 'No local edits: everything here matches the last sync.'} />
    </section>
  );
}
