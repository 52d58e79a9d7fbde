// "What if": pick a pending edit (compare the workspace without it and with it) or try a
// hypothetical one (remove a member, change an org's grant, change a member's projectAccess)
// and see which cells would change, before → after, counted and listed. Nothing is written:
// the services only compute the difference.
import type { FormEvent, ReactElement } from 'react';
import { useId, useState } from 'react';
import type { WhatIfChangeInput } from '../../../shared/contract/index';
import { GrantLevelSchema, LEVELS, LevelSchema } from '../../../shared/domain/index';
import { useQuery } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { SidePanel } from '../../ui/SidePanel';
import { whatIfGroupText, whatIfSummary } from './heatmapText';
import { useHeatmapStore } from './useHeatmapStore';

type Kind = 'pending' | 'removeMember' | 'setOrgGrant' | 'setProjectAccess';
const KIND_LABEL: Record<Kind, string> = {
  pending: 'A pending change',
  removeMember: 'Remove a member from an org',
  setOrgGrant: "Change an org's grant on a project",
  setProjectAccess: "Change a member's projectAccess",
};

/** Context from the selected cell: its row (user or org) and column (project). */
export interface WhatIfContext {
  user?: string;
  org?: string;
  project?: string;
}

export function WhatIfPanel({ context, onClose }: { context: WhatIfContext; onClose(): void }): ReactElement {
  const id = useId();
  const current = useHeatmapStore((s) => s.query.whatIf);
  const onlyChanged = useHeatmapStore((s) => s.query.onlyChanged);
  const setWhatIf = useHeatmapStore((s) => s.setWhatIf);
  const patch = useHeatmapStore((s) => s.patch);
  const pending = useQuery('outbox.list', { states: ['pending', 'sending', 'failed', 'conflict'] }).data?.entries;
  const orgs = useQuery('orgs.list', {}).data?.orgs;
  const [kind, setKind] = useState<Kind>(current?.kind ?? 'removeMember');
  const [entry, setEntry] = useState<string>(current?.kind === 'pending' ? String(current.entry) : '');
  const [org, setOrg] = useState(context.org ?? '');
  const [user, setUser] = useState(context.user ?? '');
  const [project, setProject] = useState(context.project ?? '');
  const [level, setLevel] = useState<string>('VIEW');
  const result = useQuery('heatmap.whatIf', current ? { change: current } : null);

  const orgValue = org || orgs?.[0]?.id || '';
  const change = ((): WhatIfChangeInput | null => {
    switch (kind) {
      case 'pending': {
        const n = Number(entry || pending?.[0]?.id);
        return Number.isInteger(n) && n > 0 ? { kind: 'pending', entry: n } : null;
      }
      case 'removeMember':
        return orgValue && user.trim() ? { kind: 'removeMember', org: orgValue, user: user.trim(), revokeProjectPermissions: true } : null;
      case 'setOrgGrant':
        return orgValue && project.trim() ? { kind: 'setOrgGrant', org: orgValue, project: project.trim(), level: level === 'NONE' ? null : GrantLevelSchema.parse(level) } : null;
      case 'setProjectAccess':
        return orgValue && user.trim() ? { kind: 'setProjectAccess', org: orgValue, user: user.trim(), projectAccess: LevelSchema.parse(level) } : null;
    }
  })();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (change) setWhatIf(change);
  };

  return (
    <SidePanel className="hm-whatif" title="What if…" closeLabel="Close what if" onClose={onClose}>
      <form className="hm-whatif-form" onSubmit={submit}>
        <span className="picker">
          <label htmlFor={`${id}-kind`}>Change</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </span>
        {kind === 'pending' ? (
          pending && pending.length === 0 ? (
            <p className="muted small">No edits are waiting to sync. Make an edit offline, or try a hypothetical change.</p>
          ) : (
            <span className="picker">
              <label htmlFor={`${id}-entry`}>Pending edit</label>
              <select id={`${id}-entry`} value={entry || String(pending?.[0]?.id ?? '')} onChange={(e) => setEntry(e.target.value)}>
                {(pending ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    #{p.id} {p.summary}
                  </option>
                ))}
              </select>
            </span>
          )
        ) : (
          <>
            <span className="picker">
              <label htmlFor={`${id}-org`}>Org</label>
              <select id={`${id}-org`} value={orgValue} onChange={(e) => setOrg(e.target.value)}>
                {(orgs ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.id}
                  </option>
                ))}
              </select>
            </span>
            {kind !== 'setOrgGrant' ? (
              <span className="picker">
                <label htmlFor={`${id}-user`}>User</label>
                <input id={`${id}-user`} value={user} onChange={(e) => setUser(e.target.value)} placeholder="user-…" />
              </span>
            ) : (
              <span className="picker">
                <label htmlFor={`${id}-project`}>Project</label>
                <input id={`${id}-project`} value={project} onChange={(e) => setProject(e.target.value)} placeholder="Name or project-…" />
              </span>
            )}
            {kind !== 'removeMember' ? (
              <span className="picker">
                <label htmlFor={`${id}-level`}>{kind === 'setOrgGrant' ? 'New grant' : 'New projectAccess'}</label>
                <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value)}>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {l === 'NONE' && kind === 'setOrgGrant' ? 'Remove the grant' : l}
                    </option>
                  ))}
                </select>
              </span>
            ) : null}
          </>
        )}
        <div className="hm-whatif-actions">
          <Button type="submit" variant="primary" size="sm" disabledReason={change ? undefined : 'Fill in the change first'}>
            Show what changes
          </Button>
          {current ? (
            <Button size="sm" onClick={() => setWhatIf(undefined)}>
              Clear
            </Button>
          ) : null}
        </div>
        <p className="muted small">Nothing is changed: this only compares.</p>
      </form>
      <ErrorNote error={result.error} prefix="Could not compare." />
      {current && result.data ? (
        <section className="hm-whatif-result" aria-live="polite" aria-label="What would change">
          <h3 className="section-title">{result.data.description}</h3>
          <p className="hm-whatif-summary">{whatIfSummary(result.data)}</p>
          {result.data.note ? <p className="note small">{result.data.note}</p> : null}
          {result.data.cells > 0 ? (
            <label className="check">
              <input type="checkbox" checked={onlyChanged} onChange={(e) => patch({ onlyChanged: e.target.checked })} />
              Show only the affected rows and projects
            </label>
          ) : null}
          <ul className="hm-whatif-groups">
            {result.data.groups.map((g) => (
              <li key={`${g.project}-${g.from}-${g.to}`} className={LEVELS.indexOf(g.to) < LEVELS.indexOf(g.from) ? 'is-loss' : 'is-gain'}>
                <span>{whatIfGroupText(g)}</span>
                <span className="muted small">
                  {g.users.join(', ')}
                  {g.count > g.users.length ? ` and ${(g.count - g.users.length).toLocaleString('en-US')} more` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </SidePanel>
  );
}
