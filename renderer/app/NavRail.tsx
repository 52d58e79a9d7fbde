// The left rail: one button per view with its shortcut, the current one marked for assistive
// tech (aria-current) as well as visually. Changes shows the count of unsynced edits.
import type { ReactElement } from 'react';
import { useNav, useWorkspace } from '../api/clientContext';
import { VIEW_LABELS, VIEWS, viewShortcutKey } from '../state/navStore';
import type { View } from '../state/navStore';
import { shortcutLabel } from './shortcuts';

const HINTS: Record<View, string> = {
  orgs: 'Orgs, their admins and counts',
  members: 'Members of an org',
  matrix: 'Every user against every org: level and flags, bulk edits',
  chart: 'Each org with its admins, members, projects and apps',
  projects: 'Project sharing and policy overrides',
  access: 'Who can reach what, and why',
  heatmap: 'Effective access of every user on every project',
  import: 'Bulk-import members from a CSV file, with a preview first',
  changes: 'Local edits waiting to sync',
  audit: 'Snapshots, access diffs, the edit log, reports and access reviews',
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
              title={railTitle(HINTS[v], i)}
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

function railTitle(hint: string, index: number): string {
  const key = viewShortcutKey(index);
  return key === null ? hint : `${hint} (${shortcutLabel(key)})`;
}
