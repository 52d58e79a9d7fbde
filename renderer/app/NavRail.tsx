// The left rail: one button per view with its shortcut, the current one marked for assistive
// tech (aria-current) as well as visually. Changes shows the count of unsynced edits.
import type { ReactElement } from 'react';
import { useNav, useWorkspace } from '../api/clientContext';
import { VIEW_LABELS, VIEWS } from '../state/navStore';
import type { View } from '../state/navStore';
import { shortcutLabel } from './shortcuts';

const HINTS: Record<View, string> = {
  orgs: 'Orgs, their admins and counts',
  members: 'Members of an org and the all-orgs matrix',
  projects: 'Project sharing and policy overrides',
  access: 'Who can reach what, and why',
  import: 'Bulk-import members from a CSV file, with a preview first',
  changes: 'Local edits waiting to sync',
};

export function NavRail(): ReactElement {
  const view = useNav((s) => s.view);
  const go = useNav((s) => s.go);
  const outbox = useWorkspace((s) => s.outbox);
  const unsynced = outbox ? outbox.pending + outbox.failed + outbox.conflict : 0;
  return (
    <nav className="rail" aria-label="Views">
      <ul>
        {VIEWS.map((v, i) => (
          <li key={v}>
            <button
              type="button"
              className="rail-item"
              aria-current={view === v ? 'page' : undefined}
              title={`${HINTS[v]} (${shortcutLabel(String(i + 1))})`}
              onClick={() => go(v)}
            >
              <span className="rail-label">{VIEW_LABELS[v]}</span>
              {v === 'changes' && unsynced > 0 ? (
                <span className="rail-count" aria-label={`${unsynced} unsynced`}>
                  {unsynced}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
