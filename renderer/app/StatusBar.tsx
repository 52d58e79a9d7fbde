// Status bar: acting user, connection, and the outbox counts (pending / failed / conflict),
// kept current by outbox.changed events. Failures show here, never only in a toast.
import type { ReactElement } from 'react';
import { useNav, useWorkspace } from '../api/clientContext';
import { plural } from '../ui/confirmText';

/** Keeps the file name and as much of its folder as fits in the status bar. */
function shortPath(path: string, max = 36): string {
  return path.length <= max ? path : `…${path.slice(path.length - max + 1)}`;
}

export function StatusBar(): ReactElement {
  const info = useWorkspace((s) => s.info);
  const outbox = useWorkspace((s) => s.outbox);
  const go = useNav((s) => s.go);
  const pending = outbox?.pending ?? info?.pendingEdits ?? 0;
  return (
    <footer className="statusbar" aria-label="Status">
      <span className="status-item">
        Acting as <strong>{info?.actingUser ?? '—'}</strong>
      </span>
      <span className="status-item">{info?.platformUrl ? `Platform ${info.platformUrl}` : 'Local workspace · not connected'}</span>
      <span className="status-spacer" />
      <button type="button" className="status-item status-link" onClick={() => go('changes')} aria-live="polite">
        {pending === 0 ? 'No pending edits' : `${plural(pending, 'pending edit')}`}
      </button>
      {outbox && outbox.failed > 0 ? (
        <button type="button" className="status-item status-link status-bad" onClick={() => go('changes')}>
          {outbox.failed} failed
        </button>
      ) : null}
      {outbox && outbox.conflict > 0 ? (
        <button type="button" className="status-item status-link status-bad" onClick={() => go('changes')}>
          {plural(outbox.conflict, 'conflict')}
        </button>
      ) : null}
      {info ? (
        <span className="status-item status-path" title={info.path}>
          {shortPath(info.path)}
        </span>
      ) : null}
    </footer>
  );
}
