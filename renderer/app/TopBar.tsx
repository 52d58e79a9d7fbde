// Top bar: product mark, the search field (it opens the command palette, which searches
// users, orgs, projects and actions alike) and the acting user every edit is checked against.
import type { ReactElement } from 'react';
import { useNav, useWorkspace } from '../api/clientContext';
import { Icon } from '../ui/Icon';
import { shortcutLabel } from './shortcuts';

export function TopBar(): ReactElement {
  const openPalette = useNav((s) => s.openPalette);
  const info = useWorkspace((s) => s.info);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          OD
        </span>
        <span className="brand-name">OrgDesk</span>
      </div>
      <button type="button" className="search" onClick={() => openPalette()} aria-keyshortcuts="Control+K Meta+K">
        <Icon name="search" />
        <span className="search-text">Search users, orgs, projects and commands</span>
        <kbd>{shortcutLabel('K')}</kbd>
      </button>
      <div className="acting" title="Every edit is checked against this user's rights">
        {info?.actingUser ? (
          <>
            <span className="acting-label">Acting as</span>
            <span className="acting-name">{info.actingUserName ?? info.actingUser}</span>
            <span className="acting-id">{info.actingUser}</span>
          </>
        ) : (
          <span className="acting-label">No acting user</span>
        )}
      </div>
    </header>
  );
}
