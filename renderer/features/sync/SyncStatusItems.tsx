// The sync half of the status bar: state ("Offline — 2 pending edits", "Syncing…", "Up to date"),
// a clickable count per kind of unsynced edit, the last sync time and "Sync now". Conflicts
// and failures stay here until resolved, so they are never only a passing message.
import type { ReactElement } from 'react';
import { useNav, useSync, useWorkspace } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { lastSyncText, isConnected, syncItems, syncNowBlocked } from './syncText';
import { useNow } from './useNow';

const NO_COUNTS = { pending: 0, failed: 0, conflict: 0 };

export function SyncStatusItems(): ReactElement {
  const status = useSync((s) => s.status);
  const running = useSync((s) => s.running);
  const runError = useSync((s) => s.runError);
  const runNow = useSync((s) => s.runNow);
  const outbox = useWorkspace((s) => s.outbox);
  const info = useWorkspace((s) => s.info);
  const openChanges = useNav((s) => s.openChanges);
  const now = useNow();
  const counts = outbox ?? (status ? { pending: status.pending, failed: status.failed, conflict: status.conflict } : { ...NO_COUNTS, pending: info?.pendingEdits ?? 0 });
  const items = syncItems(status, counts, running);
  const blocked = syncNowBlocked(status, running);
  const at = status?.lastSyncAt ?? null;
  return (
    <>
      <span className="status-group" role="status" aria-label="Sync status">
        {items.map((item) =>
          item.tab ? (
            <button key={item.key} type="button" className={`status-item status-link sync-${item.tone}`} title={item.title} onClick={() => openChanges(item.tab ?? 'all')}>
              <span className="sync-dot" aria-hidden="true" />
              {item.label}
            </button>
          ) : (
            <span key={item.key} className={`status-item sync-${item.tone}`} title={item.title}>
              <span className="sync-dot" aria-hidden="true" />
              {item.label}
            </span>
          ),
        )}
        {runError && status?.state !== 'offline' ? (
          <span className="status-item sync-bad" title={runError.message}>
            Sync failed: {runError.message}
          </span>
        ) : null}
      </span>
      {isConnected(status) && at !== null ? (
        <span className="status-item muted" title={at === null ? undefined : new Date(at).toLocaleString()}>
          {lastSyncText(at, now)}
        </span>
      ) : null}
      <span className="status-item">
        <Button size="sm" variant="ghost" className="sync-now" disabledReason={blocked} onClick={() => void runNow()}>
          {running ? 'Syncing…' : 'Sync now'}
        </Button>
      </span>
    </>
  );
}
