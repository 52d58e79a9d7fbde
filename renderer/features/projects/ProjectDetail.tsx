// One project: its identity line (ID, billed to, my level and capabilities) and the Sharing
// and Settings tabs. The acting user's right to administer it decides every control below.
import type { ReactElement } from 'react';
import { useNav, useQuery } from '../../api/clientContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { Tabs } from '../../ui/Tabs';
import { SettingsTab } from './SettingsTab';
import { SharingTab } from './SharingTab';

export function ProjectDetail({ project }: { project: string }): ReactElement {
  const { data, error, loading } = useQuery('projects.get', { project });
  const tab = useNav((s) => s.projectTab);
  const setTab = useNav((s) => s.setProjectTab);
  if (!data) {
    return <div className="pad">{error ? <ErrorNote error={error} prefix="The project could not be loaded." /> : loading ? <p className="muted">Loading project…</p> : null}</div>;
  }
  return (
    <article className="detail" aria-labelledby="project-title">
      <header className="detail-head">
        <h2 id="project-title">{data.name}</h2>
        <dl className="facts">
          <div>
            <dt>ID</dt>
            <dd className="mono">{data.id}</dd>
          </div>
          <div>
            <dt>Billed to</dt>
            <dd className="mono">{data.billTo}</dd>
          </div>
          <div>
            <dt>My level</dt>
            <dd>
              <LevelBadge level={data.myLevel} />
            </dd>
          </div>
        </dl>
      </header>
      <ErrorNote error={error} prefix="Showing the last loaded state; refreshing failed." />
      <Tabs
        label="Project sections"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'sharing', label: `Sharing (${data.grants.length})` },
          { id: 'settings', label: 'Settings' },
        ]}
      >
        {tab === 'sharing' ? <SharingTab detail={data} /> : <SettingsTab detail={data} />}
      </Tabs>
    </article>
  );
}
