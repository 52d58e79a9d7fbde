// Remove a member, showing first what they lose (members.previewRemoval): projects (from -> to),
// apps, and the direct grants the revoke options delete. The confirm button repeats the count,
// e.g. "Remove user-c and revoke 2 projects, 1 app".
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { LevelChangeTable } from '../../ui/ChangeTables';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { removalConfirmLabel } from '../../ui/confirmText';

export function RemoveMemberDialog({ org, user, onClose }: { org: string; user: string; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const [revokeProjectPermissions, setRevokeProjects] = useState(true);
  const [revokeAppPermissions, setRevokeApps] = useState(true);
  const input = { org, user, revokeProjectPermissions, revokeAppPermissions };
  const preview = useQuery('members.previewRemoval', input);
  const name = useQuery('members.list', { org }).data?.members.find((m) => m.user === user)?.name;
  const p = preview.data;

  const blocked = preview.loading ? 'Waiting for the preview' : preview.error ? 'The preview failed; see the message above' : action.busy ? 'Removing…' : null;
  const label = p ? removalConfirmLabel(user, p.projectsLost.length, p.appsLost.length) : `Remove ${user}`;

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const done = await action.run(() => mutate('members.remove', input));
    if (done) onClose();
  };

  return (
    <Dialog
      title={`Remove ${user} from ${org}`}
      description={`${name ? `${name} (${user})` : user} leaves ${org}. Every access route through ${org} goes with the membership.`}
      onClose={onClose}
      onSubmit={() => void submit()}
      size="md"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabledReason={blocked}>
            {label}
          </Button>
        </>
      }
    >
      <fieldset className="field">
        <legend>Also revoke</legend>
        <label className="check">
          <input type="checkbox" checked={revokeProjectPermissions} onChange={(e) => setRevokeProjects(e.target.checked)} />
          Revoke project permissions <span className="muted">(direct grants on projects billed to {org})</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={revokeAppPermissions} onChange={(e) => setRevokeApps(e.target.checked)} />
          Revoke app permissions <span className="muted">(developer and authorized entries on apps billed to {org})</span>
        </label>
      </fieldset>
      <section className="preview" aria-label="What will be lost" aria-live="polite">
        <ErrorNote error={preview.error} prefix="The preview failed." />
        {!p && preview.loading ? <p className="muted">Working out what {user} loses…</p> : null}
        {p ? (
          <>
            {p.projectsLost.length > 0 ? (
              <LevelChangeTable caption={`Projects ${user} loses access to`} rows={p.projectsLost.map((c) => ({ key: c.project, name: c.name, from: c.from, to: c.to }))} />
            ) : (
              <p className="muted">{user} keeps the same access to every project.</p>
            )}
            {p.appsLost.length > 0 ? (
              <div className="lost-apps">
                <h4>Apps {user} can no longer run</h4>
                <ul aria-label={`Apps ${user} loses`}>
                  {p.appsLost.map((a) => (
                    <li key={a.app}>
                      <span className="cell-title">{a.name}</span> <span className="cell-id">{a.app}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">{user} can still run the same apps.</p>
            )}
            {p.directGrantsRevoked.length > 0 ? (
              <div className="lost-apps">
                <h4>Direct grants deleted</h4>
                <ul aria-label="Direct grants deleted">
                  {p.directGrantsRevoked.map((g) => (
                    <li key={g.project}>
                      {g.name} <LevelBadge level={g.level} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </section>
      <ErrorNote error={action.error} prefix={`${user} was not removed.`} />
    </Dialog>
  );
}
