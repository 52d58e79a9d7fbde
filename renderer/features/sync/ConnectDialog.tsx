// Connect this workspace to a platform (URL + API token), see who it is connected as and
// where the token is kept, or disconnect. The token lives only in this form's state until
// submit, then is cleared: the renderer never stores, logs or shows it again.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useSync, useWorkspace } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { isConnected, lastSyncText, syncNowBlocked } from './syncText';

export function ConnectDialog({ onClose }: { onClose(): void }): ReactElement {
  const status = useSync((s) => s.status);
  const statusError = useSync((s) => s.statusError);
  const running = useSync((s) => s.running);
  const connect = useSync((s) => s.connect);
  const disconnect = useSync((s) => s.disconnect);
  const runNow = useSync((s) => s.runNow);
  const savedUrl = useWorkspace((s) => s.info?.platformUrl ?? null);
  const [platformUrl, setPlatformUrl] = useState(status?.platformUrl ?? savedUrl ?? '');
  const [token, setToken] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const connected = isConnected(status);
  const url = platformUrl.trim();
  const sameUrl = connected && url === status.platformUrl;

  const missing = !url ? 'Enter the platform URL' : !token && !sameUrl ? 'Enter an API token' : null;
  const blocked = missing ?? (action.busy ? 'Connecting…' : null);

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const secret = token;
    // Cleared before the call returns, so the token is gone from React state whatever happens.
    setToken('');
    setDone(null);
    const next = await action.run(() => connect(url, secret === '' ? undefined : secret));
    if (next) setDone(`Connected to ${next.platformUrl ?? url}${next.connectedUser ? ` as ${next.connectedUser}` : ''}. Sync now to send local edits and read the platform.`);
  };

  const leave = async (): Promise<void> => {
    setDone(null);
    const next = await action.run(() => disconnect());
    if (next) setDone('Disconnected. The token was forgotten; local edits stay here, pending.');
  };

  const syncBlocked = syncNowBlocked(status, running);

  return (
    <Dialog
      title="Platform connection"
      onClose={onClose}
      onSubmit={() => void submit()}
      size="md"
      footer={
        connected ? (
          <>
            <Button onClick={onClose}>Close</Button>
            <Button
              variant="primary"
              data-autofocus
              disabledReason={syncBlocked}
              onClick={() => {
                void runNow();
                onClose();
              }}
            >
              Sync now
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" disabledReason={blocked}>
              {action.busy ? 'Connecting…' : 'Connect'}
            </Button>
          </>
        )
      }
    >
      {connected ? <ConnectedFacts onDisconnect={() => void leave()} busy={action.busy} /> : null}
      {!connected && statusError ? <ErrorNote error={statusError} prefix="The connection state could not be read." /> : null}
      {done ? (
        <p className="note note-ok" role="status">
          <Icon name="check" />
          <span>{done}</span>
        </p>
      ) : null}
      <fieldset className="field connect-form">
        <legend>{connected ? 'Connect to another platform or with a new token' : 'Connect to a platform'}</legend>
        <div className="field">
          <label htmlFor="platform-url">Platform URL</label>
          <input
            id="platform-url"
            type="url"
            value={platformUrl}
            onChange={(e) => setPlatformUrl(e.target.value)}
            placeholder="https://api.dnanexus.com"
            autoComplete="url"
            spellCheck={false}
            data-autofocus={connected ? undefined : true}
          />
        </div>
        <div className="field">
          <label htmlFor="platform-token">API token</label>
          <input
            id="platform-token"
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="platform-token-help"
          />
          <p id="platform-token-help" className="help">
            {sameUrl ? 'Leave empty to keep the token already held. ' : ''}
            Handed to OrgDesk's main process once and kept there; this window never stores or shows it again.
          </p>
        </div>
        {connected ? (
          <div className="connect-inline">
            <Button type="submit" disabledReason={blocked}>
              {action.busy ? 'Connecting…' : 'Reconnect'}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <ErrorNote error={action.error} prefix="Not connected." />
    </Dialog>
  );
}

function ConnectedFacts({ onDisconnect, busy }: { onDisconnect(): void; busy: boolean }): ReactElement | null {
  const status = useSync((s) => s.status);
  if (!status) return null;
  return (
    <section className="connection" aria-label="Current connection">
      <dl className="connection-facts">
        <div>
          <dt>Platform</dt>
          <dd className="mono">{status.platformUrl}</dd>
        </div>
        <div>
          <dt>Connected as</dt>
          <dd>
            <strong>{status.connectedUser ?? 'unknown user'}</strong>
          </dd>
        </div>
        <div>
          <dt>Token kept</dt>
          <dd>{status.tokenStorage ?? 'not reported'}</dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd>{lastSyncText(status.lastSyncAt, Date.now())}</dd>
        </div>
      </dl>
      {status.tokenWarning ? (
        <p className="note note-warn" role="note">
          <Icon name="alert" />
          <span>{status.tokenWarning}</span>
        </p>
      ) : null}
      {status.state === 'offline' ? (
        <p className="note note-warn">
          <Icon name="alert" />
          <span>Offline: the platform could not be reached{status.lastError ? ` (${status.lastError})` : ''}. Edits are kept here and sent at the next sync.</span>
        </p>
      ) : null}
      <div className="connect-inline">
        <Button variant="ghost" className="danger-text" disabledReason={busy ? 'Working…' : null} onClick={onDisconnect}>
          Disconnect
        </Button>
        <span className="help">Forgets the token. Local edits are kept and stay pending.</span>
      </div>
    </section>
  );
}
