// Why a user has their level on a project: every route (direct, each org with its grant and
// cap, public), the winning one marked, and what the level lets them do after the project's
// overrides. Reads access.explain; decides nothing itself.
import type { ReactElement } from 'react';
import type { Capabilities } from '../../../shared/domain/index';
import { CAPABILITY_LABELS, describeRoute, POLICY_OVERRIDES, overrideChoice } from '../../../shared/domain/index';
import { useNav, useQuery } from '../../api/clientContext';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { LevelBadge } from '../../ui/LevelBadge';
import { routeKindLabel } from '../../ui/routeText';
import { SidePanel } from '../../ui/SidePanel';

export function ExplanationPanel({ user, project }: { user: string; project: string }): ReactElement {
  const { data, error, loading } = useQuery('access.explain', { user, project });
  const close = useNav((s) => s.setExplain);
  return (
    <SidePanel
      title={
        <>
          Why {user} has {data ? <LevelBadge level={data.level} /> : '…'} on {data?.projectName ?? project}
        </>
      }
      closeLabel="Close explanation"
      onClose={() => close(null)}
    >
      <ErrorNote error={error} prefix="The explanation failed." />
      {!data && loading ? <p className="muted pad">Working it out…</p> : null}
      {data ? (
        <>
          <table className="mini routes">
            <caption>Every route to {data.projectName}</caption>
            <thead>
              <tr>
                <th scope="col">Route</th>
                <th scope="col">Grant</th>
                <th scope="col">Cap</th>
                <th scope="col">Gives</th>
              </tr>
            </thead>
            <tbody>
              {data.routes.length === 0 ? (
                <tr>
                  <td colSpan={4} className="muted">
                    No route: no direct grant, no grant to an org {user} belongs to, and the project is not public.
                  </td>
                </tr>
              ) : null}
              {data.routes.map((r) => (
                <tr key={`${r.kind}-${r.org ?? ''}`} className={r.winning ? 'is-winning' : undefined} title={describeRoute(r)}>
                  <th scope="row">
                    <span className="route-cell">
                      <Icon name={r.kind === 'direct' ? 'user' : r.kind === 'org' ? 'org' : 'public'} />
                      <span>
                        {r.kind === 'org' ? `Via ${r.org ?? '?'}` : routeKindLabel(r.kind)}
                        {r.kind === 'org' ? <span className="muted"> as {r.orgLevel ?? 'MEMBER'}</span> : null}
                      </span>
                      {r.winning ? (
                        <Badge tone="strong" title="This route decides the effective level">
                          winning
                        </Badge>
                      ) : null}
                    </span>
                  </th>
                  <td>{r.kind === 'public' ? <span className="muted">public</span> : <LevelBadge level={r.granted ?? r.level} />}</td>
                  <td>
                    {r.kind === 'org' ? (
                      <span className="cap-cell">
                        <LevelBadge level={r.cap ?? 'NONE'} />
                        {r.capped ? <span className="capped">limits</span> : null}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    <LevelBadge level={r.level} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.routes.length > 0 ? (
            <p className="small explain-why">
              {data.routes
                .filter((r) => r.winning)
                .map((r) => `Effective ${data.level}: ${describeRoute(r)}.`)
                .join(' ')}{' '}
              {data.routes.some((r) => r.kind === 'org') ? (
                <span className="muted">An org route gives the lower of the org's grant and the member's cap (ADMINISTER for ADMINs, else projectAccess).</span>
              ) : null}
            </p>
          ) : null}
          <h3 className="section-title">What {data.level} lets {user} do here</h3>
          <ul className="caps" aria-label="Capabilities">
            {(Object.keys(CAPABILITY_LABELS) as Array<keyof Capabilities>).map((k) => (
              <li key={k} className={data.capabilities[k] ? 'cap-yes' : 'cap-no'}>
                <Icon name={data.capabilities[k] ? 'check' : 'close'} label={data.capabilities[k] ? 'allowed' : 'not allowed'} />
                {CAPABILITY_LABELS[k]}
              </li>
            ))}
          </ul>
          <p className="muted small">
            Overrides: {POLICY_OVERRIDES.map((o) => `${o.label} ${overrideChoice(o.key, data.settings[o.key])}`).join(' · ')}
          </p>
        </>
      ) : null}
    </SidePanel>
  );
}
