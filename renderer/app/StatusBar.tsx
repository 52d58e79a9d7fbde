// Status bar: acting user, the platform connection (a button that opens the Connect dialog),
// and sync state with the unsynced counts and "Sync now". Failures show here, never only in
// a toast.
import type { ReactElement } from 'react';
import { useNav, useSync, useWorkspace } from '../api/clientContext';
import { SyncStatusItems } from '../features/sync/SyncStatusItems';
import { isConnected, platformHost } from '../features/sync/syncText';

/** Keeps the file name and as much of its folder as fits in the status bar. */
function shortPath(path: string, max = 36): string {
  return path.length <= max ? path : `…${path.slice(path.length - max + 1)}`;
}

function ConnectionItem(): ReactElement {
  const status = useSync((s) => s.status);
  const openDialog = useNav((s) => s.openDialog);
  const connected = isConnected(status);
  const label = connected ? `${platformHost(status.platformUrl ?? '')}${status.connectedUser ? ` as ${status.connectedUser}` : ''}` : 'Not connected';
  return (
    <button
      type="button"
      className="status-item status-link"
      aria-label={`Platform connection: ${connected ? `${status.platformUrl ?? ''}${status.connectedUser ? ` as ${status.connectedUser}` : ''}` : 'not connected'}`}
      title={connected ? `Connected to ${status.platformUrl ?? ''}. Click to change or disconnect.` : 'Connect to a platform to sync this workspace'}
      onClick={() => openDialog({ kind: 'connect' })}
    >
      <span className={`conn-mark${connected ? (status.state === 'offline' ? ' is-offline' : ' is-on') : ''}`} aria-hidden="true" />
      {connected ? <>Platform <strong>{label}</strong></> : 'Local workspace · not connected'}
      {status?.tokenWarning ? (
        // No OS keychain (Linux basic_text): say so where the connection is shown, not only in a dialog.
        <span className="status-bad" title={status.tokenWarning}>
          {' '}
          · token for this session only
        </span>
      ) : null}
    </button>
  );
}

export function StatusBar(): ReactElement {
  const info = useWorkspace((s) => s.info);
  return (
    <footer className="statusbar" aria-label="Status">
      <span className="status-item">
        Acting as <strong>{info?.actingUser ?? '—'}</strong>
      </span>
      <ConnectionItem />
      <span className="status-spacer" />
      <SyncStatusItems />
      {info ? (
        <span className="status-item status-path" title={info.path}>
          {shortPath(info.path)}
        </span>
      ) : null}
    </footer>
  );
}
