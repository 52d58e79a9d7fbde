// Choosing what a report or review covers (everything, one org, one project or one user) and
// at which state (now, or a snapshot), shared by the Reports and Review tabs.
import type { ReactElement } from 'react';
import type { ReportAt, ReportScope } from '../../../shared/contract/index';
import { useQuery } from '../../api/clientContext';
import { snapshotLabel } from './auditText';
import { InlineField } from './InlineField';

type ScopeKind = ReportScope['kind'];

function scopeId(scope: ReportScope): string {
  return scope.kind === 'org' ? scope.org : scope.kind === 'project' ? scope.project : scope.kind === 'user' ? scope.user : '';
}

const UNPICKED: Record<ScopeKind, ReportScope> = {
  all: { kind: 'all' },
  org: { kind: 'org', org: '' },
  project: { kind: 'project', project: '' },
  user: { kind: 'user', user: '' },
};

export function makeScope(kind: ScopeKind, id: string): ReportScope | null {
  if (kind === 'all') return { kind: 'all' };
  if (id === '') return null;
  if (kind === 'org') return { kind, org: id };
  if (kind === 'project') return { kind, project: id };
  return { kind, user: id };
}

export function ScopeAtPicker({ scope, at, onChange }: { scope: ReportScope; at: ReportAt; onChange(scope: ReportScope, at: ReportAt): void }): ReactElement {
  const orgs = useQuery('orgs.list', scope.kind === 'org' ? {} : null).data?.orgs ?? [];
  const projects = useQuery('projects.list', scope.kind === 'project' ? {} : null).data?.projects ?? [];
  const users = useQuery('users.list', scope.kind === 'user' ? { limit: 50_000 } : null).data?.users ?? [];
  const snapshots = useQuery('snapshots.list', {}).data?.snapshots ?? [];
  const options =
    scope.kind === 'org'
      ? orgs.map((o) => ({ value: o.id, label: `${o.name} (${o.id})` }))
      : scope.kind === 'project'
        ? projects.map((p) => ({ value: p.id, label: p.name }))
        : users.map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }));
  const setKind = (kind: ScopeKind): void => {
    const firstId = kind === 'org' ? orgs[0]?.id : kind === 'project' ? projects[0]?.id : kind === 'user' ? users[0]?.id : '';
    const next = makeScope(kind, firstId ?? '');
    // The lists load after the kind is chosen: keep an unpicked scope until one is chosen.
    onChange(next ?? UNPICKED[kind], at);
  };
  const id = scopeId(scope);
  return (
    <div className="toolbar scope-picker" role="group" aria-label="Scope and state">
      <InlineField label="Scope">
<select value={scope.kind} onChange={(e) => setKind(e.target.value as ScopeKind)}>
          <option value="all">Everything</option>
          <option value="org">One org</option>
          <option value="project">One project</option>
          <option value="user">One user</option>
        </select>
</InlineField>
      {scope.kind !== 'all' ? (
        <InlineField label={scope.kind === 'org' ? 'Org' : scope.kind === 'project' ? 'Project' : 'User'}>
<select
            value={id}
            onChange={(e) => {
              const next = makeScope(scope.kind, e.target.value);
              if (next) onChange(next, at);
            }}
          >
            {id === '' ? <option value="">Choose…</option> : null}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
</InlineField>
      ) : null}
      <InlineField label="At">
<select value={String(at)} onChange={(e) => onChange(scope, e.target.value === 'now' ? 'now' : Number(e.target.value))}>
          <option value="now">Now (live workspace)</option>
          {[...snapshots].reverse().map((s) => (
            <option key={s.id} value={s.id}>
              {snapshotLabel(s)}
            </option>
          ))}
        </select>
</InlineField>
    </div>
  );
}

/** A scope whose org/project/user has not been picked yet cannot be asked for. */
export function isCompleteScope(scope: ReportScope): boolean {
  return scope.kind === 'all' || scopeId(scope) !== '';
}
