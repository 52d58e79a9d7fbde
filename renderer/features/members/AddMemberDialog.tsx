// Add a user to an org as MEMBER (defaults pre-filled) or ADMIN (flags fixed). The user field
// suggests workspace users as you type; the service checks the rules and names the bad field.
import type { ReactElement } from 'react';
import { useDeferredValue, useId, useState } from 'react';
import type { MemberFlags, OrgLevel } from '../../../shared/domain/index';
import { MEMBER_DEFAULT_FLAGS } from '../../../shared/domain/index';
import { useMutate, useNav, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { MemberFlagsFields } from './MemberFlagsFields';

export function AddMemberDialog({ org, onClose }: { org: string; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const openOrg = useNav((s) => s.openOrg);
  const listId = useId();
  const [user, setUser] = useState('');
  const [level, setLevel] = useState<OrgLevel>('MEMBER');
  const [flags, setFlags] = useState<MemberFlags>({ ...MEMBER_DEFAULT_FLAGS });
  const query = useDeferredValue(user.trim());
  const suggestions = useQuery('users.list', { query, limit: 20 }).data?.users ?? [];
  const members = useQuery('members.list', { org }).data?.members;
  const action = useAction();
  const who = user.trim();
  const already = members?.some((m) => m.user === who);
  const blocked = !who ? 'Enter a user ID, handle or email' : already ? `${who} is already a member of ${org}` : action.busy ? 'Adding…' : null;

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const input = level === 'ADMIN' ? { org, user: who, level } : { org, user: who, level, ...flags };
    const row = await action.run(() => mutate('members.invite', input));
    if (row) {
      onClose();
      openOrg(org, 'members');
    }
  };

  return (
    <Dialog
      title={`Add member to ${org}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabledReason={blocked}>
            {who ? `Add ${who} as ${level}` : 'Add member'}
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
      <MemberFlagsFields level={level} flags={flags} onLevel={setLevel} onFlags={setFlags} />
      <ErrorNote error={action.error} prefix="The member was not added." />
    </Dialog>
  );
}
