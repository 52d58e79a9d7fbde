// The matrix's filters and sort: text (name, handle, email), which org columns show, level,
// "in more than one org", billable, "projectAccess below X", and the count of users shown.
// Every control is a labelled native input, so it is keyboard- and screen-reader-ready.
import type { ReactElement } from 'react';
import { useEffect, useId, useState } from 'react';
import type { MatrixIndex } from '../../../shared/contract/index';
import { OrgLevelSchema } from '../../../shared/domain/index';
import { useDebounced } from '../../state/useDebounced';
import { LevelFilter } from '../../ui/LevelFilter';
import { OrgColumnsPicker } from './OrgColumnsPicker';
import { DEFAULT_QUERY, useMatrixStore } from './useMatrixStore';

export function MatrixToolbar({ ix, shownCount }: { ix: MatrixIndex | null; shownCount: number }): ReactElement {
  const id = useId();
  const query = useMatrixStore((s) => s.query);
  const s = useMatrixStore.getState();
  const [text, setText] = useState(query.text);
  const debounced = useDebounced(text, 150);
  useEffect(() => {
    if (debounced !== useMatrixStore.getState().query.text) useMatrixStore.getState().setText(debounced);
  }, [debounced]);
  const total = ix?.data.users.ids.length ?? 0;
  const filtered = JSON.stringify({ ...query, sort: null }) !== JSON.stringify({ ...DEFAULT_QUERY, sort: null });
  const sortValue = query.sort.by === 'org' ? `org:${query.sort.org ?? ''}` : query.sort.by;

  return (
    <div className="toolbar mx-toolbar" role="toolbar" aria-label="Matrix filters">
      <input
        type="search"
        className="mx-search"
        aria-label="Filter users by name, handle or email"
        placeholder="Filter users…"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <OrgColumnsPicker ix={ix} />
      <span className="picker">
        <label htmlFor={`${id}-level`}>Level</label>
        <select id={`${id}-level`} value={query.level ?? ''} onChange={(e) => s.setLevel(e.target.value ? OrgLevelSchema.parse(e.target.value) : undefined)}>
          <option value="">Any</option>
          <option value="ADMIN">ADMIN</option>
          <option value="MEMBER">MEMBER</option>
        </select>
      </span>
      <LevelFilter label="Project access below" value={query.projectAccessBelow} onChange={(level) => s.setProjectAccessBelow(level)} />
      <label className="check">
        <input type="checkbox" checked={query.multiOrg} onChange={(e) => s.setMultiOrg(e.target.checked)} />
        In more than one org
      </label>
      <label className="check">
        <input type="checkbox" checked={query.billable} onChange={(e) => s.setBillable(e.target.checked)} />
        Billable
      </label>
      <span className="picker">
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          value={sortValue}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'name' || v === 'orgCount') s.setSort({ by: v, dir: v === 'orgCount' ? 'desc' : 'asc' });
            else s.setSort({ by: 'org', org: v.slice(4), dir: 'asc' });
          }}
        >
          <option value="name">Name</option>
          <option value="orgCount">Number of orgs</option>
          {(ix?.data.orgs.ids ?? []).map((o, i) => (
            <option key={o} value={`org:${o}`}>
              Level in {ix?.data.orgs.names[i] ?? o}
            </option>
          ))}
        </select>
      </span>
      {filtered ? (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => {
            setText('');
            s.resetFilters();
          }}
        >
          Clear filters
        </button>
      ) : null}
      <span className="toolbar-spacer" />
      <span className="mx-count" role="status" aria-live="polite">
        {shownCount.toLocaleString('en-US')} of {total.toLocaleString('en-US')} users
      </span>
    </div>
  );
}
