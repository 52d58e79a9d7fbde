// One line above the Changes grid saying where sync stands: not connected, offline (with the
// reason), or what the last "Sync now" did. The status bar says the same in short.
import type { ReactElement } from 'react';
import { useSync } from '../../api/clientContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { plural } from '../../../shared/text/plural';
import { isConnected, platformHost } from '../sync/syncText';

export function SyncNotice(): ReactElement | null {
  const status = useSync((s) => s.status);
  const report = useSync((s) => s.lastReport);
  const runError = useSync((s) => s.runError);
  if (!isConnected(status)) {
    return (
      <p className="note note-locked changes-note">
        <Icon name="lock" />
        <span>Not connected: edits stay in this workspace, pending, until you connect to a platform and sync.</span>
      </p>
    );
  }
  if (status.state === 'offline') {
    return (
      <p className="note note-warn changes-note" role="status">
        <Icon name="alert" />
        <span>
          Offline — {platformHost(status.platformUrl ?? '')} could not be reached{status.lastError ? ` (${status.lastError})` : ''}. OrgDesk keeps working: edits are
          kept here and sent in order at the next sync.
        </span>
      </p>
    );
  }
  if (runError) return <ErrorNote error={runError} prefix="Sync did not finish." />;
  if (report) {
    const parts: string[] = [];
    if (report.pushed) parts.push(`sent ${plural(report.pushed, 'edit')}`);
    if (report.pulled) parts.push(`updated ${plural(report.pulled, 'row')} from the platform`);
    if (report.conflicts) parts.push(plural(report.conflicts, 'new conflict'));
    if (report.failed) parts.push(`${report.failed} refused`);
    const said = parts.length ? parts.join(', ') : 'nothing to send and nothing new on the platform';
    return (
      <p className="note changes-note" role="status">
        <Icon name={report.conflicts || report.failed || report.error ? 'alert' : 'check'} />
        <span>
          Last sync: {said}.{report.error ? ` Stopped early: ${report.error}` : ''}
        </span>
      </p>
    );
  }
  return null;
}
