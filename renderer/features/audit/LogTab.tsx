// Edit log: every edit made in this workspace (app, CLI, import) newest first, with who, when,
// before → after and what sync did with it; the chain's verification on top. Older pages load
// on demand so a long history opens at once.
import type { ReactElement } from 'react';
import { useEffect, useState } from 'react';
import type { LogEntry, MethodInput } from '../../../shared/contract/index';
import { useClient, useQuery } from '../../api/clientContext';
import { useDebounced } from '../../state/useDebounced';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { STATUS_TONE, changedFields, formatTime, statusLine } from './auditText';
import { LogEntryDetail } from './LogEntryDetail';
import { LogVerifyBanner } from './LogVerifyBanner';
import { InlineField } from './InlineField';

type LogQuery = MethodInput<'log.list'>;

function useLogFilters(): { query: LogQuery; actor: string; setActor(v: string): void; text: string; setText(v: string): void; kind: '' | 'edit' | 'import'; setKind(v: '' | 'edit' | 'import'): void } {
  const [actor, setActor] = useState('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'' | 'edit' | 'import'>('');
  const settled = useDebounced(`${actor}\u0000${text}`, 300);
  const [a = '', t = ''] = settled.split('\u0000');
  const query: LogQuery = { limit: 200 };
  if (a.trim()) query.actor = a.trim();
  if (t.trim()) query.target = t.trim();
  if (kind) query.kind = kind;
  return { query, actor, setActor, text, setText, kind, setKind };
}

export function LogTab(): ReactElement {
  const filters = useLogFilters();
  const first = useQuery('log.list', filters.query);
  const verify = useQuery('log.verify', {});
  const client = useClient();
  const [older, setOlder] = useState<{ entries: LogEntry[]; cursor: number | null }>({ entries: [], cursor: null });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const queryKey = JSON.stringify(filters.query);
  // A new filter or a fresh first page restarts paging from the newest entries.
  useEffect(() => setOlder({ entries: [], cursor: null }), [queryKey, first.data?.head?.seq]);

  const entries = [...(first.data?.entries ?? []), ...older.entries];
  const nextCursor = older.entries.length > 0 ? older.cursor : (first.data?.nextCursor ?? null);
  const loadOlder = (): void => {
    if (nextCursor === null) return;
    setLoadingOlder(true);
    void client
      .call('log.list', { ...filters.query, cursor: nextCursor })
      .then((page) => setOlder((o) => ({ entries: [...o.entries, ...page.entries], cursor: page.nextCursor })))
      .finally(() => setLoadingOlder(false));
  };
  const selectedEntry = entries.find((e) => e.seq === selected) ?? null;

  const columns: Column<LogEntry>[] = [
    { id: 'seq', header: 'Row', width: '64px', align: 'end', cell: (e) => <span className="mono">{e.seq}</span> },
    { id: 'at', header: 'When', width: '168px', cell: (e) => <span className="small">{formatTime(e.at)}</span> },
    { id: 'actor', header: 'By', width: '96px', cell: (e) => <span className="mono small">{e.actor}</span> },
    { id: 'op', header: 'Edit', width: '128px', cell: (e) => <span className="mono small">{e.op}</span> },
    { id: 'summary', header: 'Summary', width: 'minmax(220px, 2fr)', cell: (e) => <span className="truncate" title={e.summary}>{e.summary}</span> },
    {
      id: 'change',
      header: 'Before → after',
      width: 'minmax(200px, 2fr)',
      cell: (e) => {
        if (e.kind === 'import' && e.import) {
          const s = e.import.summary;
          return <span className="small muted truncate">{`${s.create} added · ${s.update} changed · ${s.remove} removed`}</span>;
        }
        const fields = changedFields(e.before, e.after);
        const line = fields.map((f) => `${f.field}: ${f.before} → ${f.after}`).join('; ');
        return (
          <span className="small truncate" title={line}>
            {line || <span className="faint">—</span>}
          </span>
        );
      },
    },
    {
      id: 'status',
      header: 'Sync',
      width: '150px',
      cell: (e) => (
        <span className="truncate" title={statusLine(e)}>
          <Badge tone={STATUS_TONE[e.status]}>{e.kind === 'import' ? statusLine(e) : e.status}</Badge>
        </span>
      ),
    },
  ];

  return (
    <div className="stack stack-fill audit-log">
      <LogVerifyBanner result={verify.data} error={verify.error} checking={verify.loading} onRecheck={verify.reload} />
      <div className="toolbar">
        <InlineField label="By">
<input value={filters.actor} placeholder="user id" onChange={(e) => filters.setActor(e.target.value)} data-view-search />
</InlineField>
        <InlineField label="Target">
<input value={filters.text} placeholder="org, user, project or text" onChange={(e) => filters.setText(e.target.value)} />
</InlineField>
        <InlineField label="Kind">
<select value={filters.kind} onChange={(e) => filters.setKind(e.target.value as '' | 'edit' | 'import')}>
            <option value="">Edits and imports</option>
            <option value="edit">Edits</option>
            <option value="import">Imports</option>
          </select>
</InlineField>
        <span className="toolbar-spacer" />
        {first.data ? (
          <span className="small muted">
            {entries.length.toLocaleString()} shown · {first.data.total.toLocaleString()} rows in the chain
          </span>
        ) : null}
      </div>
      <ErrorNote error={first.error} prefix="The edit log could not be read." />
      <div className="split">
        <div className="split-list split-wide stack">
          <DataGrid
            label="Edit log"
            rows={entries}
            columns={columns}
            rowKey={(e) => String(e.seq)}
            selectedKey={selected === null ? null : String(selected)}
            onActivate={(e) => setSelected(e.seq)}
            empty={<p className="muted">{first.loading ? 'Reading the log…' : 'No edits recorded yet.'}</p>}
          />
          {nextCursor !== null ? (
            <div className="load-more">
              <Button size="sm" disabled={loadingOlder} onClick={loadOlder}>
                {loadingOlder ? 'Loading…' : 'Load older entries'}
              </Button>
            </div>
          ) : null}
        </div>
        {selectedEntry ? (
          <div className="split-detail">
            <LogEntryDetail entry={selectedEntry} onClose={() => setSelected(null)} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
