// Access: pick a user to see every project they reach (level + route marks) and the apps they
// can run, or pick a project to see every user who reaches it. A row opens the explanation.
import type { ReactElement } from 'react';
import { useClient, useNav, useQuery } from '../../api/clientContext';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { LevelLegend } from '../../ui/LevelBadge';
import { Picker } from '../../ui/Picker';
import { Tabs } from '../../ui/Tabs';
import { ViewHeader } from '../../ui/ViewHeader';
import { ExplanationPanel } from './ExplanationPanel';
import { ProjectAccess } from './ProjectAccess';
import { UserAccess } from './UserAccess';

export function AccessView(): ReactElement {
  const mode = useNav((s) => s.accessMode);
  const setMode = useNav((s) => s.setAccessMode);
  const navUser = useNav((s) => s.accessUser);
  const navProject = useNav((s) => s.accessProject);
  const openUser = useNav((s) => s.openUserAccess);
  const openProject = useNav((s) => s.openProjectAccess);
  const explain = useNav((s) => s.explain);
  const users = useQuery('users.list', { limit: 5000 }).data?.users;
  const projects = useQuery('projects.list', {}).data?.projects;
  const user = navUser ?? users?.[0]?.id ?? null;
  const project = navProject ?? projects?.[0]?.id ?? null;
  const client = useClient();
  const exportInput = mode === 'user' ? (user ? { user } : {}) : project ? { project } : {};
  const exportTitle = mode === 'user' ? `Access of ${user ?? 'every user'} as CSV, with how each access comes` : `Who reaches ${projects?.find((p) => p.id === project)?.name ?? 'each project'} as CSV, with how each access comes`;

  return (
    <section className="view" aria-labelledby="access-title">
      <ViewHeader
        id="access-title"
        title="Access"
        actions={
          <>
            <LevelLegend />
            <ExportCsvButton title={exportTitle} fetch={() => client.call('exports.access', exportInput)} />
          </>
        }
      >
        {mode === 'user' ? (
          <Picker label="User" value={user ?? ''} onChange={openUser} disabled={!users} options={(users ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }))} />
        ) : (
          <Picker label="Project" value={project ?? ''} onChange={openProject} disabled={!projects} options={(projects ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        )}
      </ViewHeader>
      <Tabs
        label="Access by"
        selected={mode}
        onSelect={setMode}
        tabs={[
          { id: 'user', label: 'By user' },
          { id: 'project', label: 'By project' },
        ]}
      >
        <div className="split">
          <div className="split-list split-wide">
            {mode === 'user' ? user ? <UserAccess user={user} /> : <p className="muted pad">No users.</p> : project ? <ProjectAccess project={project} /> : <p className="muted pad">No projects.</p>}
          </div>
          {explain ? (
            <div className="split-detail">
              <ExplanationPanel key={`${explain.user}:${explain.project}`} user={explain.user} project={explain.project} />
            </div>
          ) : null}
        </div>
      </Tabs>
    </section>
  );
}
