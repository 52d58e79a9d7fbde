// One user's effective access: every project with its level and route marks, then the apps
// they can run (and apps whose only routes are blocked, with why). Rows open the explanation.
import type { ReactElement } from 'react';
import type { AccessByUser } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { RouteMarks } from '../../ui/RouteMarks';
import { appRouteLabel } from '../../ui/routeText';

type ProjectRow = AccessByUser['projects'][number];
type AppRow = AccessByUser['apps'][number];

export function UserAccess({ user }: { user: string }): ReactElement {
  const { data, error, loading } = useQuery('access.byUser', { user });
  const explain = useNav((s) => s.explain);
  const setExplain = useNav((s) => s.setExplain);
  const who = data ? `${data.name} (${data.user})` : user;
  const projects = (data?.projects ?? []).filter((p) => p.level !== 'NONE');
  const runnable = (data?.apps ?? []).filter((a) => a.allowed);
  const blocked = (data?.apps ?? []).filter((a) => !a.allowed && a.routes.length > 0);

  const projectColumns: Column<ProjectRow>[] = [
    { id: 'name', header: 'Project', width: 'minmax(160px, 1.4fr)', cell: (p) => <span className="cell-title">{p.name}</span> },
    { id: 'level', header: 'Level', width: '116px', cell: (p) => <LevelBadge level={p.level} /> },
    { id: 'routes', header: 'How', width: 'minmax(200px, 2fr)', cell: (p) => <RouteMarks routes={p.routes} /> },
  ];
  const appColumns: Column<AppRow>[] = [
    {
      id: 'name',
      header: 'App',
      width: 'minmax(140px, 1fr)',
      cell: (a) => (
        <span className="cell-main">
          <span className="cell-title">{a.name}</span>
          <span className="cell-id">{a.app}</span>
        </span>
      ),
    },
    {
      id: 'routes',
      header: 'Why',
      width: 'minmax(220px, 2fr)',
      cell: (a) => (
        <span className="truncate">
          {a.routes
            .filter((r) => r.grants)
            .map(appRouteLabel)
            .join('; ')}
        </span>
      ),
    },
  ];

  return (
    <div className="stack">
      <ErrorNote error={error} prefix="Access could not be worked out." />
      <h2 className="section-title">Projects {who} can reach</h2>
      <DataGrid
        label={`Projects ${user} can access`}
        rows={projects}
        columns={projectColumns}
        rowKey={(p) => p.project}
        selectedKey={explain?.user === user ? explain.project : null}
        onActivate={(p) => setExplain({ user, project: p.project })}
        empty={loading ? 'Working out access…' : `${who} has no access to any project.`}
        maxHeight={420}
      />
      <h2 className="section-title">Apps {who} can run</h2>
      <DataGrid
        label={`Apps ${user} can run`}
        rows={runnable}
        columns={appColumns}
        rowKey={(a) => a.app}
        empty={loading ? 'Working out app access…' : `${who} cannot run any apps.`}
        maxHeight={260}
      />
      {blocked.length > 0 ? (
        <ul className="blocked-apps" aria-label="Apps with blocked routes">
          {blocked.map((a) => (
            <li key={a.app}>
              <strong>{a.name}</strong>: not runnable — {a.routes.map(appRouteLabel).join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
