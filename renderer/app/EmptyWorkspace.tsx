// First launch: the workspace has no orgs. Says what to do next and offers the demo (whose
// failure is shown right here) or connecting to a platform and syncing.
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { RpcError } from '../../shared/rpc/index';
import { useNav, useSync, useWorkspace } from '../api/clientContext';
import { isConnected } from '../features/sync/syncText';
import { ErrorNote } from '../ui/ErrorNote';
import { toRpcError } from '../state/rpcErrors';

export function EmptyWorkspace(): ReactElement {
  const openDemo = useWorkspace((s) => s.openDemo);
  const openDialog = useNav((s) => s.openDialog);
  const status = useSync((s) => s.status);
  const runNow = useSync((s) => s.runNow);
  const syncing = useSync((s) => s.running);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await openDemo();
    } catch (err) {
      setError(toRpcError(err).rpc);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="view view-center" aria-labelledby="empty-title">
      <div className="empty">
        <h1 id="empty-title">No orgs yet: open the demo workspace or connect to a platform</h1>
        <p className="muted">
          The demo has two orgs (Lab and Lab (new)), six users, two shared projects and the app <code>qc</code>, acting as <code>user-d</code>. Nothing is sent
          anywhere.
        </p>
        <div className="empty-actions">
          <button type="button" className="btn btn-primary btn-md" onClick={() => void run()} disabled={busy} autoFocus>
            {busy ? 'Opening…' : 'Open demo workspace'}
          </button>
          {isConnected(status) ? (
            <button type="button" className="btn btn-default btn-md" onClick={() => void runNow()} disabled={syncing}>
              {syncing ? 'Syncing…' : `Sync from ${status.connectedUser ?? 'the platform'}`}
            </button>
          ) : (
            <button type="button" className="btn btn-default btn-md" onClick={() => openDialog({ kind: 'connect' })}>
              Connect to a platform…
            </button>
          )}
        </div>
        <p className="muted small">
          Connecting asks for the platform URL and an API token; the first sync reads your orgs, members, projects and apps. The command line does the same with{' '}
          <code>orgdesk connect --platform URL</code> (token in <code>ORGDESK_TOKEN</code>) and <code>orgdesk sync</code>.
        </p>
        <ErrorNote error={error} prefix="The demo could not be opened." />
      </div>
    </section>
  );
}
