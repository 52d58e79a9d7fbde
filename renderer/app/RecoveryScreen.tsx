// Shown instead of the app when the workspace failed its integrity check at open (main is in
// recovery mode): says what happened, lists the backups (newest first, preselected) and offers
// to restore one, to start a new empty workspace (the damaged file is kept), or to open
// another file from the File menu. Never starts empty on its own.
import type { ReactElement, ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { RecoveryStatus } from '../../shared/contract/index';
import type { RpcError } from '../../shared/rpc/index';
import { useClient } from '../api/clientContext';
import { ErrorNote } from '../ui/ErrorNote';
import { toRpcError } from '../state/rpcErrors';
import { isMac } from './shortcuts';

/** Renders the recovery screen when main reports a damaged workspace, else the app. */
export function RecoveryGate({ children, onRecovered = reloadWindow }: { children: ReactNode; onRecovered?: () => void }): ReactElement {
  const client = useClient();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  useEffect(() => {
    let live = true;
    void client.tryCall('workspace.recovery', {}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    return () => {
      live = false;
    };
  }, [client]);
  if (status?.state === 'damaged') return <RecoveryScreen status={status} onRecovered={onRecovered} />;
  return <>{children}</>;
}

// The app's grid (top bar, rail) is not shown in recovery: this screen fills the window.
const FULL_WINDOW = { height: '100vh', display: 'flex', flexDirection: 'column', overflow: 'auto' } as const;
const BACKUP_LIST = { border: '1px solid var(--border)', borderRadius: 'var(--radius)', padding: '8px 12px', display: 'flex', flexDirection: 'column', gap: 6 } as const;
const BACKUP_ROW = { display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' } as const;

// Main has opened the workspace: every store starts over from it.
function reloadWindow(): void {
  window.location.reload();
}

export function formatBackupTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function RecoveryScreen({ status, onRecovered }: { status: RecoveryStatus; onRecovered(): void }): ReactElement {
  const client = useClient();
  const [chosen, setChosen] = useState(status.backups[0]?.name ?? null);
  const [busy, setBusy] = useState<'restore' | 'fresh' | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [confirmFresh, setConfirmFresh] = useState(false);

  const act = async (kind: 'restore' | 'fresh'): Promise<void> => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'restore' && chosen) await client.call('workspace.restoreBackup', { backup: chosen });
      else await client.call('workspace.startFresh', {});
      onRecovered();
    } catch (err) {
      setError(toRpcError(err).rpc);
      setBusy(null);
    }
  };

  return (
    <main id="main" style={FULL_WINDOW}>
        <section className="view view-center" aria-labelledby="recovery-title">
          <div className="empty">
            <h1 id="recovery-title">This workspace is damaged and was not opened</h1>
            <p className="muted">
              <code>{status.path}</code> failed SQLite’s integrity check when OrgDesk started. Nothing has been changed or thrown away: restore a backup, or
              keep the damaged file aside and start a new workspace.
            </p>
            <div className="note note-error" role="alert">
              <span>SQLite reported: {status.problem}</span>
            </div>
            {status.backups.length > 0 ? (
              <div role="radiogroup" aria-labelledby="recovery-backups" style={BACKUP_LIST}>
                <div>
                  <strong id="recovery-backups">Backups</strong> <span className="muted small">made before each schema upgrade and once a day</span>
                </div>
                {status.backups.map((b, i) => (
                  <label key={b.name} style={BACKUP_ROW}>
                    <input type="radio" name="backup" value={b.name} checked={chosen === b.name} disabled={busy !== null} onChange={() => setChosen(b.name)} autoFocus={i === 0} />
                    <span>
                      {formatBackupTime(b.createdAt)}
                      {i === 0 ? ' (newest)' : ''} · {formatSize(b.sizeBytes)} · schema v{b.schemaVersion}
                    </span>
                  </label>
                ))}
              </div>
            ) : (
              <p className="note note-warn">There is no backup of this workspace yet.</p>
            )}
            <div className="empty-actions">
              {status.backups.length > 0 ? (
                <button type="button" className="btn btn-primary btn-md" disabled={busy !== null || chosen === null} onClick={() => void act('restore')}>
                  {busy === 'restore' ? 'Restoring…' : 'Restore this backup'}
                </button>
              ) : null}
              {confirmFresh ? (
                <button type="button" className="btn btn-default btn-md" disabled={busy !== null} onClick={() => void act('fresh')}>
                  {busy === 'fresh' ? 'Starting…' : 'Yes: keep the damaged file aside and start empty'}
                </button>
              ) : (
                <button type="button" className="btn btn-default btn-md" disabled={busy !== null} onClick={() => setConfirmFresh(true)}>
                  Start a new empty workspace…
                </button>
              )}
            </div>
            <p className="muted small">
              To open a different workspace file use <strong>File › Open Workspace…</strong> ({isMac() ? '⌘O' : 'Ctrl+O'}); to leave everything as it is, quit OrgDesk (
              {isMac() ? '⌘Q' : 'File › Quit'}). The damaged file is renamed to <code>…damaged-&lt;time&gt;</code> beside the original, never deleted; backups stay
              in the <code>backups</code> folder next to it.
            </p>
            <ErrorNote error={error} prefix="Nothing was changed." />
          </div>
        </section>
    </main>
  );
}
