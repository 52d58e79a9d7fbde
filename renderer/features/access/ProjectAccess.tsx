// One project's effective access: every user who reaches it, with level and route marks.
// Rows open the explanation for that user and project.
import type { ReactElement } from 'react';
import type { AccessByProject } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { RouteMarks } from '../../ui/RouteMarks';

type UserRow = AccessByProject['users'][number];

export function ProjectAccess({ project }: { project: string }): ReactElement {
  const { data, error, loading } = useQuery('access.byProject', { project });
  const explain = useNav((s) => s.explain);
  const setExplain = useNav((s) => s.setExplain);
  const users = (data?.users ?? []).filter((u) => u.level !== 'NONE');
  const columns: Column<UserRow>[] = [
    {
      id: 'name',
      header: 'User',
      width: 'minmax(180px, 1.4fr)',
      cell: (u) => (
        <span className="cell-main">
          <span className="cell-title">{u.name}</span>
          <span className="cell-id">{u.user}</span>
        </span>
      ),
    },
    { id: 'level', header: 'Level', width: '116px', cell: (u) => <LevelBadge level={u.level} /> },
    { id: 'routes', header: 'How', width: 'minmax(200px, 2fr)', cell: (u) => <RouteMarks routes={u.routes} /> },
  ];
  return (
    <div className="stack stack-fill">
      <ErrorNote error={error} prefix="Access could not be worked out." />
      <h2 className="section-title">Users who can reach {data?.name ?? project}</h2>
      <DataGrid
        label={`Users with access to ${data?.name ?? project}`}
        rows={users}
        columns={columns}
        rowKey={(u) => u.user}
        selectedKey={explain?.project === project ? explain.user : null}
        onActivate={(u) => setExplain({ user: u.user, project })}
        empty={loading ? 'Working out access…' : 'Nobody can reach this project.'}
      />
    </div>
  );
}
