// Projects: the list on the left (name, billed to, my level, grants, pending) and the selected
// project's Sharing and Settings on the right; "New project" opens the create dialog.
import type { ReactElement } from 'react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ProjectSummary } from '../../../shared/contract/index';
import { useNav, useQuery } from '../../api/clientContext';
import { Badge, PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { ViewHeader } from '../../ui/ViewHeader';
import type { OutboxMarks } from '../changes/useOutboxMarks';
import { useOutboxMarks } from '../changes/useOutboxMarks';
import { ProjectDetail } from './ProjectDetail';

const columnsFor = (marks: OutboxMarks): Column<ProjectSummary>[] => [
  {
    id: 'name',
    header: 'Project',
    width: 'minmax(150px, 1.6fr)',
    cell: (p) => (
      <span className="cell-main">
        <span className="cell-title">{p.name}</span>
        {p.isPublic ? <Badge tone="muted">public</Badge> : null}
      </span>
    ),
  },
  { id: 'billTo', header: 'Billed to', width: 'minmax(90px, 1fr)', cell: (p) => <span className="truncate mono small">{p.billTo}</span> },
  { id: 'mine', header: 'My level', width: '104px', cell: (p) => <LevelBadge level={p.myLevel} /> },
  { id: 'grants', header: 'Grants', width: '60px', align: 'end', cell: (p) => <span className="num">{p.grantCount}</span> },
  { id: 'status', header: <span className="sr-only">Status</span>, width: '84px', cell: (p) => <PendingBadge pending={p.pending} problem={marks.projectProblem(p.id)} /> },
];

export function ProjectsView(): ReactElement {
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const { data, error, loading } = useQuery('projects.list', query ? { query } : {});
  const selected = useNav((s) => s.project);
  const openProject = useNav((s) => s.openProject);
  const openDialog = useNav((s) => s.openDialog);
  const marks = useOutboxMarks();
  const columns = useMemo(() => columnsFor(marks), [marks]);
  const projects = useMemo(() => data?.projects ?? [], [data]);
  const current = selected && (!data || projects.some((p) => p.id === selected)) ? selected : (projects[0]?.id ?? selected);

  return (
    <section className="view" aria-labelledby="projects-title">
      <ViewHeader
        id="projects-title"
        title="Projects"
        count={data ? projects.length : undefined}
        actions={
          <Button variant="primary" onClick={() => openDialog({ kind: 'newProject' })}>
            New project
          </Button>
        }
      />
      <div className="split">
        <div className="split-list">
          <div className="toolbar">
            <input className="filter" type="search" placeholder="Filter projects by name or ID" aria-label="Filter projects" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <ErrorNote error={error} prefix="Projects could not be loaded." />
          <DataGrid
            label="Projects"
            rows={projects}
            columns={columns}
            rowKey={(p) => p.id}
            selectedKey={current}
            onActivate={(p) => openProject(p.id)}
            empty={loading ? 'Loading projects…' : query ? `No project matches “${filter}”.` : 'No projects in this workspace.'}
          />
        </div>
        <div className="split-detail">{current ? <ProjectDetail key={current} project={current} /> : <p className="muted pad">Select a project.</p>}</div>
      </div>
    </section>
  );
}
