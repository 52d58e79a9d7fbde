// The explicit confirmation containsPHI needs: it is one-way, so the dialog says so and the
// call carries confirmContainsPHI only from here.
import type { ReactElement } from 'react';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

export function ContainsPhiDialog({ project, onClose }: { project: string; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const detail = useQuery('projects.get', { project }).data;
  const name = detail?.name ?? project;
  const submit = async (): Promise<void> => {
    if (action.busy) return;
    const done = await action.run(() => mutate('projects.updateSettings', { project, settings: { containsPHI: true }, confirmContainsPHI: true }));
    if (done) onClose();
  };
  return (
    <Dialog
      title={`Mark ${name} as containing PHI?`}
      onClose={onClose}
      onSubmit={() => void submit()}
      size="sm"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabledReason={action.busy ? 'Saving…' : null}>
            Mark {name} as containing PHI
          </Button>
        </>
      }
    >
      <p>
        <strong>This cannot be undone.</strong> Once a project is marked as containing protected health information, containsPHI can never be switched off again, by
        anyone.
      </p>
      <p className="muted">The platform then applies its PHI restrictions to the project's data (billed to {detail?.billTo ?? 'its org'}, which has PHI features).</p>
      <ErrorNote error={action.error} prefix="containsPHI was not set." />
    </Dialog>
  );
}
