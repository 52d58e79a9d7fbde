// Changes: every local edit not yet synced, grouped as conflicts, failures and pending with a
// filter tab per group (plus the synced history). Conflicts open a side-by-side review;
// failures show the platform's message with Retry and Discard. Offline is said here too.
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { OutboxEntry } from '../../../shared/contract/index';
import { useMutate, useNav, useQuery, useSync } from '../../api/clientContext';
import { CHANGES_TABS } from '../../state/navStore';
import { useAction } from '../../state/useAction';
import type { BadgeTone } from '../../ui/Badge';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { Tabs } from '../../ui/Tabs';
import { ViewHeader } from '../../ui/ViewHeader';
import { isConnected, syncNowBlocked } from '../sync/syncText';
import type { ChangeRow } from './changesModel';
import { ACTIVE_STATES, HISTORY_STATES, TAB_LABELS, changeRows, tabCounts } from './changesModel';
import { conflictLine } from './conflictFields';
import type { ChangeActions } from './ChangeDetails';
import { ChangeDetails } from './ChangeDetails';
import { SyncNotice } from './SyncNotice';

const TONE: Record<OutboxEntry['state'], BadgeTone> = {
  pending: 'pending',
  sending: 'pending',
  sent: 'ok',
  failed: 'danger',
  conflict: 'conflict',
  discarded: 'muted',
};

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

function entryOf(row: ChangeRow): OutboxEntry | null {
  return row.kind === 'entry' ? row.entry : null;
}

function cell(render: (e: OutboxEntry) => ReactElement): (row: ChangeRow) => ReactElement | null {
  return (row) => {
    const e = entryOf(row);
    return e ? render(e) : null;
  };
}

export function ChangesView(): ReactElement {
  const tab = useNav((s) => s.changesTab);
  const openChanges = useNav((s) => s.openChanges);
  const openDialog = useNav((s) => s.openDialog);
  const status = useSync((s) => s.status);
  const running = useSync((s) => s.running);
  const runNow = useSync((s) => s.runNow);
  const mutate = useMutate();
  const action = useAction();
  const active = useQuery('outbox.list', { states: [...ACTIVE_STATES] });
  // Synced edits only accumulate; they are read when their tab is open, not on every edit.
  const history = useQuery('outbox.list', tab === 'history' ? { states: [...HISTORY_STATES] } : null);
  const activeEntries = active.data?.entries ?? [];
  const historyEntries = history.data?.entries ?? [];
  const counts = tabCounts(activeEntries, historyEntries.length);
  const rows = changeRows(tab, activeEntries, historyEntries);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = [...activeEntries, ...historyEntries].find((e) => e.id === selectedId) ?? null;
  const canAct = (e: OutboxEntry): string | null => (action.busy ? 'Working…' : e.state === 'sending' ? 'Being sent right now' : null);
  const actions: ChangeActions = {
    review: (e) => openDialog({ kind: 'conflict', id: e.id }),
    retry: (e) => void action.run(() => mutate('outbox.retry', { id: e.id })),
    discard: (e) => openDialog({ kind: 'discard', id: e.id }),
    blocked: canAct,
  };

  const columns: Column<ChangeRow>[] = [
    { id: 'state', header: 'State', width: '92px', cell: cell((e) => <Badge tone={TONE[e.state]}>{e.state}</Badge>) },
    { id: 'summary', header: 'Summary', width: 'minmax(260px, 3fr)', cell: cell((e) => <span className="truncate" title={e.summary}>{e.summary}</span>) },
    { id: 'op', header: 'Operation', width: '124px', cell: cell((e) => <span className="mono small">{e.op}</span>) },
    { id: 'when', header: 'Created', width: '148px', cell: cell((e) => <span className="small muted">{time.format(new Date(e.createdAt))}</span>) },
    { id: 'by', header: 'By', width: '72px', cell: cell((e) => <span className="mono small">{e.actingUser}</span>) },
    {
      id: 'said',
      header: 'Platform said',
      width: 'minmax(220px, 2.2fr)',
      cell: cell((e) => {
        if (e.state === 'conflict') return <span className="truncate conflict-text" title={conflictLine(e)}>{conflictLine(e)}</span>;
        if (e.error) return <span className="truncate bad" title={e.error}>{e.error}</span>;
        return <span className="muted">—</span>;
      }),
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      width: '150px',
      align: 'end',
      cell: cell((e) => {
        if (e.state === 'conflict') {
          return (
            <span className="row-actions">
              <Button size="sm" variant="primary" aria-label={`Review conflict: ${e.summary}`} onClick={() => actions.review(e)}>
                Review…
              </Button>
            </span>
          );
        }
        if (e.state === 'failed') {
          return (
            <span className="row-actions">
              <Button size="sm" aria-label={`Retry: ${e.summary}`} disabledReason={canAct(e)} onClick={() => actions.retry(e)}>
                Retry
              </Button>
              <Button size="sm" variant="ghost" className="danger-text" aria-label={`Discard: ${e.summary}`} disabledReason={canAct(e)} onClick={() => actions.discard(e)}>
                Discard…
              </Button>
            </span>
          );
        }
        return <span />;
      }),
    },
  ];

  const tabs = CHANGES_TABS.map((t) => ({
    id: t,
    label: (
      <>
        {TAB_LABELS[t]}
        {t === 'history' && !history.data ? null : (
          <span className={`tab-count${(t === 'conflict' || t === 'failed') && counts[t] > 0 ? ' is-bad' : ''}`}>{counts[t]}</span>
        )}
      </>
    ),
  }));

  const emptyText = active.loading || (tab === 'history' && history.loading)
    ? 'Reading the outbox…'
    : tab === 'history'
      ? 'Nothing synced from this workspace yet.'
      : tab === 'all'
        ? 'No local edits waiting: everything here matches the last sync.'
        : `No ${TAB_LABELS[tab].toLowerCase()} edits.`;

  return (
    <section className="view" aria-labelledby="changes-title">
      <ViewHeader
        id="changes-title"
        title="Changes"
        count={active.data ? counts.all : undefined}
        actions={
          isConnected(status) ? (
            <Button variant="primary" disabledReason={syncNowBlocked(status, running)} onClick={() => void runNow()}>
              {running ? 'Syncing…' : 'Sync now'}
            </Button>
          ) : (
            <Button variant="primary" onClick={() => openDialog({ kind: 'connect' })}>
              Connect to a platform…
            </Button>
          )
        }
      />
      <SyncNotice />
      <ErrorNote error={active.error} prefix="The outbox could not be read." />
      <ErrorNote error={action.error} prefix="The edit was not changed." />
      <Tabs label="Filter changes" tabs={tabs} selected={tab} onSelect={(t) => openChanges(t)}>
        <div className="panel-fill">
          <DataGrid
            label="Local changes"
            rows={rows}
            columns={columns}
            rowKey={(r) => (r.kind === 'group' ? `group:${r.tab}` : String(r.entry.id))}
            fullRow={(r) =>
              r.kind === 'group' ? (
                <span className="change-group">
                  <strong>
                    {r.label} · {r.count}
                  </strong>
                  <span className="muted small">{r.hint}</span>
                </span>
              ) : null
            }
            selectedKey={selected ? String(selected.id) : null}
            onActivate={(r) => {
              if (r.kind === 'entry') setSelectedId(r.entry.id);
            }}
            empty={emptyText}
          />
          {selected ? <ChangeDetails entry={selected} tone={TONE[selected.state]} actions={actions} onClose={() => setSelectedId(null)} /> : null}
        </div>
      </Tabs>
    </section>
  );
}
