// The heatmap's filters and sort, in the same shape as the matrix toolbar: text (users or
// orgs), project name, org, level at least, route kind, "in more than one org", and the sort
// of rows and columns. Every control is a labelled native input, so it is keyboard-ready.
import type { ReactElement } from 'react';
import { useEffect, useId, useState } from 'react';
import { ROUTE_KINDS } from '../../../shared/contract/index';
import { useQuery } from '../../api/clientContext';
import { useDebounced } from '../../state/useDebounced';
import { LevelFilter } from '../../ui/LevelFilter';
import { DEFAULT_HEATMAP_QUERY, useHeatmapStore } from './useHeatmapStore';

const KIND_LABEL = { direct: 'Direct', org: 'Via org', public: 'Public' } as const;

export function HeatmapToolbar(): ReactElement {
  const id = useId();
  const query = useHeatmapStore((s) => s.query);
  const patch = useHeatmapStore((s) => s.patch);
  const reset = useHeatmapStore((s) => s.reset);
  const orgs = useQuery('orgs.list', {}).data?.orgs;
  const [text, setText] = useState(query.text);
  const [project, setProject] = useState(query.project);
  const debouncedText = useDebounced(text, 150);
  const debouncedProject = useDebounced(project, 150);
  useEffect(() => {
    if (debouncedText !== useHeatmapStore.getState().query.text) patch({ text: debouncedText });
  }, [debouncedText, patch]);
  useEffect(() => {
    if (debouncedProject !== useHeatmapStore.getState().query.project) patch({ project: debouncedProject });
  }, [debouncedProject, patch]);
  useEffect(() => {
    // "Clear filters" resets the store; the inputs follow.
    setText(query.text);
    setProject(query.project);
  }, [query.text, query.project]);
  const users = query.pivot === 'users';
  const routes = query.routes ?? [...ROUTE_KINDS];
  const filtered =
    query.text !== '' || query.project !== '' || query.org !== undefined || query.minLevel !== undefined || (users && (query.multiOrg || routes.length < 3)) || query.rowSort !== 'name' || query.colSort !== 'name';

  return (
    <div className="toolbar hm-toolbar" role="toolbar" aria-label="Heatmap filters">
      <div className="segmented" role="radiogroup" aria-label="Rows">
        {(['users', 'orgs'] as const).map((p) => (
          <label key={p} className={`seg${query.pivot === p ? ' is-on' : ''}`}>
            <input type="radio" name={`${id}-pivot`} value={p} checked={query.pivot === p} onChange={() => patch({ pivot: p })} />
            {p === 'users' ? 'Users × projects' : 'Orgs × projects'}
          </label>
        ))}
      </div>
      <input
        type="search"
        className="hm-search"
        aria-label={users ? 'Filter users by handle, name or email' : 'Filter orgs by ID or name'}
        placeholder={users ? 'Filter users…' : 'Filter orgs…'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <input type="search" className="hm-search" aria-label="Filter projects by name" placeholder="Filter projects…" value={project} onChange={(e) => setProject(e.target.value)} />
      <span className="picker">
        <label htmlFor={`${id}-org`}>{users ? 'In org' : 'Org'}</label>
        <select id={`${id}-org`} value={query.org ?? ''} onChange={(e) => patch({ org: e.target.value || undefined })}>
          <option value="">Any</option>
          {(orgs ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name === o.id ? o.id : `${o.name} (${o.id})`}
            </option>
          ))}
        </select>
      </span>
      <LevelFilter label="Level at least" value={query.minLevel} onChange={(minLevel) => patch({ minLevel })} />
      {users ? (
        <fieldset className="hm-kinds">
          <legend>Route</legend>
          {ROUTE_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={routes.includes(k)}
                disabled={routes.length === 1 && routes.includes(k)}
                title={routes.length === 1 && routes.includes(k) ? 'At least one route kind stays selected' : undefined}
                onChange={(e) => patch({ routes: e.target.checked ? [...routes, k] : routes.filter((r) => r !== k) })}
              />
              {KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {users ? (
        <label className="check">
          <input type="checkbox" checked={query.multiOrg} onChange={(e) => patch({ multiOrg: e.target.checked })} />
          In more than one org
        </label>
      ) : null}
      <span className="picker">
        <label htmlFor={`${id}-rsort`}>Sort rows</label>
        <select id={`${id}-rsort`} value={query.rowSort} onChange={(e) => patch({ rowSort: e.target.value === 'access' ? 'access' : 'name' })}>
          <option value="name">By ID</option>
          <option value="access">{users ? 'Most projects first' : 'Most grants first'}</option>
        </select>
      </span>
      <span className="picker">
        <label htmlFor={`${id}-csort`}>Sort projects</label>
        <select id={`${id}-csort`} value={query.colSort} onChange={(e) => patch({ colSort: e.target.value === 'reach' ? 'reach' : 'name' })}>
          <option value="name">By name</option>
          <option value="reach">{users ? 'Most users first' : 'Most orgs first'}</option>
        </select>
      </span>
      {filtered ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={reset} title={`Back to ${DEFAULT_HEATMAP_QUERY.rowSort} order with no filters`}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
