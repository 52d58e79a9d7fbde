// Create an org: handle (the org ID is org-<handle>, lowercased, fixed forever) and a name.
// The acting user becomes its ADMIN; the edit is queued in the outbox like any other.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useMutate, useNav, useWorkspace } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

export function CreateOrgDialog({ onClose }: { onClose(): void }): ReactElement {
  const mutate = useMutate();
  const openOrg = useNav((s) => s.openOrg);
  const acting = useWorkspace((s) => s.info?.actingUser ?? 'you');
  const [handle, setHandle] = useState('');
  const [name, setName] = useState('');
  const action = useAction();
  const cleanHandle = handle.trim().replace(/^org-/i, '').toLowerCase();
  const missing = !cleanHandle ? 'Enter a handle' : !name.trim() ? 'Enter a name' : null;

  const submit = async (): Promise<void> => {
    if (missing || action.busy) return;
    const org = await action.run(() => mutate('orgs.create', { handle: cleanHandle, name: name.trim() }));
    if (org) {
      onClose();
      openOrg(org.id, 'members');
    }
  };

  return (
    <Dialog
      title="Create org"
      onClose={onClose}
      onSubmit={() => void submit()}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabledReason={missing ?? (action.busy ? 'Creating…' : null)}>
            {cleanHandle ? `Create org-${cleanHandle}` : 'Create org'}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="org-handle">Handle</label>
        <div className="input-prefix">
          <span aria-hidden="true">org-</span>
          <input id="org-handle" value={handle} onChange={(e) => setHandle(e.target.value)} data-autofocus autoComplete="off" spellCheck={false} aria-describedby="org-handle-help" />
        </div>
        <p id="org-handle-help" className="help">
          Lowercase letters, digits, _ . - ; the ID is permanent.
        </p>
      </div>
      <div className="field">
        <label htmlFor="org-name">Name</label>
        <input id="org-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <p className="help">{acting} becomes the org's ADMIN.</p>
      <ErrorNote error={action.error} prefix="The org was not created." />
    </Dialog>
  );
}
