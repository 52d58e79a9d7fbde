// Create a project: a name and who pays (the acting user, or an org from the workspace). The
// service checks billing rules (mayBillTo) and its refusal is shown here, next to the button.
import type { ReactElement } from 'react';
import { useId, useState } from 'react';
import { useMutate, useNav, useQuery, useWorkspace } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

export function NewProjectDialog({ onClose }: { onClose(): void }): ReactElement {
  const mutate = useMutate();
  const openProject = useNav((s) => s.openProject);
  const acting = useWorkspace((s) => s.info?.actingUser ?? null);
  const orgs = useQuery('orgs.list', {}).data?.orgs ?? [];
  const id = useId();
  const [name, setName] = useState('');
  // '' = bill the acting user (the service's default when billTo is omitted).
  const [billTo, setBillTo] = useState('');
  const action = useAction();
  const clean = name.trim();
  const blocked = !clean ? 'Enter a project name' : action.busy ? 'Creating…' : null;
  const payer = billTo || acting || 'you';

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const created = await action.run(() => mutate('projects.create', billTo ? { name: clean, billTo } : { name: clean }));
    if (created) {
      onClose();
      openProject(created.id, 'sharing');
    }
  };

  return (
    <Dialog
      title="New project"
      onClose={onClose}
      onSubmit={() => void submit()}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabledReason={blocked}>
            {clean ? `Create “${clean}” billed to ${payer}` : 'Create project'}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => { setName(e.target.value); action.clear(); }} data-autofocus autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bill`}>Bill to</label>
        <select id={`${id}-bill`} value={billTo} onChange={(e) => { setBillTo(e.target.value); action.clear(); }} aria-describedby={`${id}-bill-help`}>
          <option value="">{acting ? `Yourself (${acting})` : 'Yourself'}</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.id})
            </option>
          ))}
        </select>
        <p id={`${id}-bill-help`} className="help">
          Billing to an org needs billable activities in it. You become the project's ADMINISTER.
        </p>
      </div>
      <ErrorNote error={action.error} prefix="The project was not created." />
    </Dialog>
  );
}
