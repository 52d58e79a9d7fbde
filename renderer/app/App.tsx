// The window: nav rail, top bar, the current view, status bar, plus the command palette and
// the dialog host that sit above every view. Decides only which view shows; views own data.
import type { ReactElement } from 'react';
import { useNav, useWorkspace } from '../api/clientContext';
import { AccessView } from '../features/access/AccessView';
import { AuditView } from '../features/audit/AuditView';
import { OrgChartView } from '../features/chart/OrgChartView';
import { HeatmapView } from '../features/heatmap/HeatmapView';
import { MatrixView } from '../features/matrix/MatrixView';
import { ChangesView } from '../features/changes/ChangesView';
import { ImportView } from '../features/import/ImportView';
import { MembersView } from '../features/members/MembersView';
import { OrgsView } from '../features/orgs/OrgsView';
import { ProjectsView } from '../features/projects/ProjectsView';
import { ErrorNote } from '../ui/ErrorNote';
import { CommandPalette } from './CommandPalette';
import { DialogHost } from './DialogHost';
import { EmptyWorkspace } from './EmptyWorkspace';
import { NavRail } from './NavRail';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { RecoveryGate } from './RecoveryScreen';
import { Toast } from './Toast';

function CurrentView(): ReactElement {
  const view = useNav((s) => s.view);
  const info = useWorkspace((s) => s.info);
  const error = useWorkspace((s) => s.error);
  const reload = useWorkspace((s) => s.load);
  if (!info) {
    if (error) {
      return (
        <section className="view view-center" aria-label="Workspace unavailable">
          <ErrorNote error={error} prefix="Could not open the workspace." />
          <button type="button" className="btn btn-default btn-md" onClick={() => void reload()}>
            Try again
          </button>
        </section>
      );
    }
    return (
      <section className="view view-center" aria-busy="true" aria-label="Loading">
        <p className="muted">Opening workspace…</p>
      </section>
    );
  }
  if (view === 'changes') return <ChangesView />;
  // Auditors open a workspace file handed to them: the audit trail works even when it holds no orgs.
  if (view === 'audit') return <AuditView />;
  if (info.isEmpty) return <EmptyWorkspace />;
  switch (view) {
    case 'orgs':
      return <OrgsView />;
    case 'members':
      return <MembersView />;
    case 'matrix':
      return <MatrixView />;
    case 'chart':
      return <OrgChartView />;
    case 'heatmap':
      return <HeatmapView />;
    case 'projects':
      return <ProjectsView />;
    case 'access':
      return <AccessView />;
    case 'import':
      return <ImportView />;
  }
}

export function App(): ReactElement {
  useGlobalShortcuts();
  return (
    <RecoveryGate>
    <div className="app">
      <TopBar />
      <NavRail />
      <main className="content" id="main">
        <CurrentView />
      </main>
      <StatusBar />
      <CommandPalette />
      <DialogHost />
      <Toast />
    </div>
    </RecoveryGate>
  );
}
