// Who gains or loses access to which projects and apps if this plan is applied: collapsed to
// one line by default, opened for the detail. Shows the service's impact; computes none.
import type { ReactElement } from 'react';
import type { ImportPlan } from '../../../shared/contract/index';
import { AppChangeTable, LevelChangeTable } from '../../ui/ChangeTables';
import { plural } from '../../../shared/text/plural';

export function ImpactPanel({ impact }: { impact: ImportPlan['impact'] }): ReactElement {
  const users = impact.users.filter((u) => u.projects.length > 0 || u.apps.length > 0);
  return (
    <details className="import-impact">
      <summary>
        Access impact:{' '}
        {users.length === 0 ? <span className="muted">nobody gains or loses access to a project or app</span> : `${plural(users.length, 'user')} gain or lose access`}
        {impact.truncated ? <span className="muted"> (first users only; the counts above are exact)</span> : null}
      </summary>
      <div className="import-impact-body">
        {users.map((u) => (
          <div key={u.user} className="import-impact-user">
            {u.projects.length > 0 ? (
              <LevelChangeTable caption={<span className="mono">{u.user}</span>} rows={u.projects.map((p) => ({ key: p.project, name: p.name, from: p.from, to: p.to }))} />
            ) : null}
            {u.apps.length > 0 ? (
              <AppChangeTable caption={<span className="mono">{u.user} apps</span>} rows={u.apps.map((a) => ({ key: a.app, name: a.name, from: a.from, to: a.to }))} />
            ) : null}
          </div>
        ))}
      </div>
    </details>
  );
}
