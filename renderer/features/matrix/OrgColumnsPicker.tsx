// Which org columns the matrix shows: a disclosure with a filterable checkbox list. Hiding a
// column also hides users with no membership left in the visible orgs (see queryMatrix).
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { MatrixIndex } from '../../../shared/contract/index';
import { useMatrixStore } from './useMatrixStore';

export function OrgColumnsPicker({ ix }: { ix: MatrixIndex | null }): ReactElement {
  const visible = useMatrixStore((s) => s.query.orgs);
  const setOrgs = useMatrixStore((s) => s.setOrgs);
  const [filter, setFilter] = useState('');
  const ids = ix?.data.orgs.ids ?? [];
  const names = ix?.data.orgs.names ?? [];
  const shown = new Set(visible ?? ids);
  const needle = filter.trim().toLowerCase();
  const listed = ids.map((id, i) => ({ id, name: names[i] ?? id })).filter((o) => !needle || `${o.name} ${o.id}`.toLowerCase().includes(needle));
  const toggle = (id: string, on: boolean): void => {
    const next = ids.filter((o) => (o === id ? on : shown.has(o)));
    setOrgs(next.length === ids.length ? undefined : next);
  };
  const summary = visible === undefined ? `All ${ids.length} orgs` : `${visible.length} of ${ids.length} orgs`;

  return (
    <details className="mx-orgs">
      <summary className="btn btn-default btn-sm" aria-label={`Org columns: ${summary}`}>
        Orgs: {summary}
      </summary>
      <div className="mx-orgs-pop" role="group" aria-label="Org columns">
        <input type="search" aria-label="Find an org" placeholder="Find an org…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="mx-orgs-actions">
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOrgs(undefined)}>
            Show all
          </button>
          {needle ? (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOrgs(listed.map((o) => o.id))}>
              Only these {listed.length}
            </button>
          ) : null}
        </div>
        <ul className="mx-orgs-list">
          {listed.map((o) => (
            <li key={o.id}>
              <label className="check">
                <input type="checkbox" checked={shown.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                <span>{o.name}</span> <span className="muted small">{o.id}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
