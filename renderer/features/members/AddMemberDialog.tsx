// Add a user to an org as MEMBER (defaults pre-filled) or ADMIN (flags fixed). The user field
// suggests workspace users as you type; members.previewInvite (debounced) shows what the new
// member would gain before confirming. The service checks the rules and names the bad field.
import type { ReactElement } from 'react';
import { useDeferredValue, useId, useState } from 'react';
import type { InvitePreview } from '../../../shared/contract/index';
import type { MemberFlags, OrgLevel } from '../../../shared/domain/index';
import { MEMBER_DEFAULT_FLAGS } from '../../../shared/domain/index';
import { useMutate, useNav, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { useDebounced } from '../../state/useDebounced';
import { Button } from '../../ui/Button';
import { AppChangeTable, LevelChangeTable } from '../../ui/ChangeTables';
import { gainsText, inviteConfirmLabel } from '../../ui/confirmText';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { MemberFlagsFields } from './MemberFlagsFields';

type InviteInput = { org: string; user: string; level: OrgLevel } & Partial<MemberFlags>;
const PREVIEW_DELAY_MS = 250;
const sameInput = (a: InviteInput | null, b: InviteInput | null): boolean => JSON.stringify(a) === JSON.stringify(b);

export function AddMemberDialog({ org, initialUser, onClose }: { org: string; initialUser?: string | undefined; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const openOrg = useNav((s) => s.openOrg);
  const listId = useId();
  const [user, setUser] = useState(initialUser ?? '');
  const [level, setLevel] = useState<OrgLevel>('MEMBER');
  const [flags, setFlags] = useState<MemberFlags>({ ...MEMBER_DEFAULT_FLAGS });
  const query = useDeferredValue(user.trim());
  const suggestions = useQuery('users.list', { query, limit: 20 }).data?.users ?? [];
  const members = useQuery('members.list', { org }).data?.members;
  const action = useAction();
  const who = user.trim();
  const already = members?.some((m) => m.user === who);
  const input: InviteInput | null = !who || already ? null : level === 'ADMIN' ? { org, user: who, level } : { org, user: who, level, ...flags };
  const settled = useDebounced(input, PREVIEW_DELAY_MS, sameInput);
  const preview = useQuery('members.previewInvite', settled);
  const waiting = input !== null && (settled !== input || preview.loading);
  const blocked = !who
    ? 'Enter a user ID, handle or email'
    : already
      ? `${who} is already a member of ${org}`
      : waiting
        ? 'Waiting for the preview'
        : preview.error
          ? 'The preview failed; see the message in the preview'
          : action.busy
            ? 'Adding…'
            : null;
  const label = !input ? 'Add member' : preview.data && !waiting ? inviteConfirmLabel(preview.data.user, org, preview.data.projects, preview.data.apps) : `Add ${who} to ${org}`;

  const submit = async (): Promise<void> => {
    if (blocked || !input) return;
    const row = await action.run(() => mutate('members.invite', input));
    if (row) {
      onClose();
      openOrg(org, 'members');
    }
  };

  return (
    <Dialog
      title={`Add member to ${org}`}
      size="lg"
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
      <div className="field">
        <label htmlFor={`${listId}-user`}>User</label>
        <input id={`${listId}-user`} list={listId} value={user} onChange={(e) => setUser(e.target.value)} data-autofocus autoComplete="off" spellCheck={false} placeholder="user-…, handle or email" />
        <datalist id={listId}>
          {suggestions.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} · {u.email}
            </option>
          ))}
        </datalist>
        {already ? <p className="help warn">{who} is already a member; use Edit to change their level or flags.</p> : null}
      </div>
      <div className="dialog-split">
        <div>
          <MemberFlagsFields level={level} flags={flags} onLevel={setLevel} onFlags={setFlags} />
        </div>
        <section className="preview" aria-label="What the new member gains" aria-live="polite" aria-busy={waiting}>
          <h3>Preview</h3>
          {!input ? <p className="muted">Enter a user to see what they would gain in {org}.</p> : null}
          {input ? <ErrorNote error={preview.error} prefix="The preview failed." /> : null}
          {input && !preview.data && !preview.error ? <p className="muted">Working out what {who} would gain…</p> : null}
          {input && preview.data && !preview.error ? <InviteGains preview={preview.data} /> : null}
        </section>
      </div>
      <ErrorNote error={action.error} prefix="The member was not added." />
    </Dialog>
  );
}

function InviteGains({ preview }: { preview: InvitePreview }): ReactElement {
  return (
    <>
      <p className="preview-summary">{gainsText(preview.projects, preview.apps)}</p>
      {preview.projects.length > 0 ? (
        <LevelChangeTable caption="Project access gained" rows={preview.projects.map((p) => ({ key: p.project, name: p.name, from: p.from, to: p.to }))} />
      ) : (
        <p className="muted small">No project access changes.</p>
      )}
      {preview.apps.length > 0 ? (
        <AppChangeTable caption="Apps" rows={preview.apps.map((a) => ({ key: a.app, name: a.name, from: a.from, to: a.to }))} />
      ) : (
        <p className="muted small">No app access changes.</p>
      )}
    </>
  );
}
