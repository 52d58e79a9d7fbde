// Grant or change a grant on a project (a user, an org or PUBLIC), previewing with
// projects.previewShare who gains or loses before anything is queued.
import type { ReactElement } from 'react';
import { useDeferredValue, useId, useState } from 'react';
import type { GrantLevel } from '../../../shared/domain/index';
import { GrantLevelSchema, PUBLIC } from '../../../shared/domain/index';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { LevelChangeTable } from '../../ui/ChangeTables';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { shareConfirmLabel } from '../../ui/confirmText';

const GRANT_LEVELS = GrantLevelSchema.options;

export function ShareDialog({ project, principal: fixed, onClose }: { project: string; principal?: string; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const listId = useId();
  const detail = useQuery('projects.get', { project }).data;
  const [principalText, setPrincipal] = useState(fixed ?? '');
  const principal = (fixed ?? principalText).trim();
  const existing = detail?.grants.find((g) => g.principal === principal) ?? null;
  const [levelChoice, setLevel] = useState<GrantLevel | null>(null);
  const isPublic = principal === PUBLIC;
  const level: GrantLevel = isPublic ? 'VIEW' : (levelChoice ?? existing?.level ?? 'VIEW');
  const query = useDeferredValue(principalText.trim());
  const users = useQuery('users.list', fixed ? null : { query, limit: 15 }).data?.users ?? [];
  const orgs = useQuery('orgs.list', fixed ? null : {}).data?.orgs ?? [];
  const unchanged = existing !== null && existing.level === level;
  const preview = useQuery('projects.previewShare', principal && !unchanged ? { project, principal, level } : null);
  const changes = preview.data?.changes ?? [];

  const blocked = !principal
    ? 'Choose a user, an org or PUBLIC'
    : unchanged
      ? `${principal} already has ${level}`
      : preview.loading
        ? 'Waiting for the preview'
        : preview.error
          ? 'The preview failed; see the message above'
          : action.busy
            ? 'Saving…'
            : null;
  const label = principal ? shareConfirmLabel(principal, level, existing?.level ?? null, changes) : 'Share';
  const name = detail?.name ?? project;

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const done = await action.run(() => mutate('projects.share', { project, principal, level }));
    if (done) onClose();
  };

  return (
    <Dialog
      title={fixed ? `Change ${fixed}'s access to ${name}` : `Share ${name}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabledReason={blocked}>
            {label}
          </Button>
        </>
      }
    >
      {fixed ? null : (
        <div className="field">
          <label htmlFor={`${listId}-p`}>Share with</label>
          <input id={`${listId}-p`} list={listId} value={principalText} onChange={(e) => setPrincipal(e.target.value)} data-autofocus autoComplete="off" spellCheck={false} placeholder="user-…, org-… or PUBLIC" />
          <datalist id={listId}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                Org · {o.name}
              </option>
            ))}
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
            <option value={PUBLIC}>Everyone (public, VIEW only)</option>
          </datalist>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${listId}-l`}>Level</label>
        <select id={`${listId}-l`} value={level} disabled={isPublic} onChange={(e) => setLevel(GrantLevelSchema.parse(e.target.value))} title={isPublic ? 'A public project is VIEW only' : undefined}>
          {GRANT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        {isPublic ? <p className="help">A public project can only be viewed.</p> : null}
        {existing ? <p className="help">Currently {existing.level}.</p> : null}
      </div>
      <section className="preview" aria-label="Who gains or loses" aria-live="polite">
        <ErrorNote error={preview.error} prefix="The preview failed." />
        {preview.data ? (
          changes.length > 0 ? (
            <LevelChangeTable nameHeader="User" caption="Effective access that changes" rows={changes.map((c) => ({ key: c.user, name: `${c.name} (${c.user})`, from: c.from, to: c.to }))} />
          ) : (
            <p className="muted">Nobody's effective access changes (they already reach {name} at this level or higher another way).</p>
          )
        ) : principal && !unchanged && preview.loading ? (
          <p className="muted">Working out who gains or loses…</p>
        ) : null}
      </section>
      <ErrorNote error={action.error} prefix="The grant was not saved." />
    </Dialog>
  );
}
