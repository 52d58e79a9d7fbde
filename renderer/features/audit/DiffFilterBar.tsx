// The Diff tab's filters: who (user), which org or project, which kind of change, and "who
// gained X". Text filters settle before they re-query, so typing stays smooth on big diffs.
import type { ReactElement } from 'react';
import { useEffect, useState } from 'react';
import type { DiffFilters } from '../../../shared/contract/index';
import { DIFF_KINDS, GAINED_VALUES } from '../../../shared/contract/index';
import { useDebounced } from '../../state/useDebounced';
import { InlineField } from './InlineField';

const KIND_LABELS: Record<string, string> = {
  granted: 'Access granted',
  revoked: 'Access revoked',
  raised: 'Access raised',
  lowered: 'Access lowered',
  capabilities: 'Rights changed by settings',
  membership: 'Membership changes',
  grant: 'Grant changes',
  settings: 'Settings flipped',
  appAuthorization: 'App authorizations',
};
const GAINED_LABELS: Record<string, string> = {
  ADMINISTER: 'ADMINISTER',
  CONTRIBUTE: 'CONTRIBUTE or more',
  UPLOAD: 'UPLOAD or more',
  VIEW: 'any access (VIEW+)',
  download: 'download rights',
  copy: 'copy rights',
  delete: 'delete rights',
  administer: 'administer rights',
};

type DiffKindValue = NonNullable<DiffFilters['kinds']>[number];

function textOrUndefined(s: string): string | undefined {
  const t = s.trim();
  return t === '' ? undefined : t;
}

export function DiffFilterBar({ filters, onChange }: { filters: DiffFilters; onChange(f: DiffFilters): void }): ReactElement {
  const [user, setUser] = useState(filters.user ?? '');
  const [org, setOrg] = useState(filters.org ?? '');
  const [project, setProject] = useState(filters.project ?? '');
  const text = useDebounced({ user, org, project }, 300, (a, b) => a.user === b.user && a.org === b.org && a.project === b.project);
  useEffect(() => {
    const next = { ...filters, user: textOrUndefined(text.user), org: textOrUndefined(text.org), project: textOrUndefined(text.project) };
    if (next.user !== filters.user || next.org !== filters.org || next.project !== filters.project) onChange(next);
    // Only settled text drives a new query; other filter changes arrive through `filters`.
  }, [text]);
  const kind = filters.kinds?.[0] ?? '';
  return (
    <div className="toolbar diff-filters" role="group" aria-label="Diff filters">
      <InlineField label="User">
<input value={user} placeholder="id, handle or email" onChange={(e) => setUser(e.target.value)} />
</InlineField>
      <InlineField label="Org">
<input value={org} placeholder="org-…" onChange={(e) => setOrg(e.target.value)} />
</InlineField>
      <InlineField label="Project">
<input value={project} placeholder="id or name" onChange={(e) => setProject(e.target.value)} />
</InlineField>
      <InlineField label="Kind">
<select value={kind} onChange={(e) => onChange({ ...filters, kinds: e.target.value === '' ? undefined : [e.target.value as DiffKindValue] })}>
          <option value="">All changes</option>
          {DIFF_KINDS.filter((k) => k in KIND_LABELS).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
</InlineField>
      <InlineField label="Who gained">
<select value={filters.gained ?? ''} onChange={(e) => onChange({ ...filters, gained: e.target.value === '' ? undefined : (e.target.value as DiffFilters['gained']) })}>
          <option value="">—</option>
          {GAINED_VALUES.filter((g) => g in GAINED_LABELS).map((g) => (
            <option key={g} value={g}>
              {GAINED_LABELS[g]}
            </option>
          ))}
        </select>
</InlineField>
    </div>
  );
}
