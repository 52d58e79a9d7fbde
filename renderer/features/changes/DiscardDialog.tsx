// Confirm discarding a refused (or conflicting) edit. Discarding drops it from the outbox and
// puts the platform's value back in this workspace, so the question says exactly that.
import type { ReactElement } from 'react';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

export function DiscardDialog({ id, onClose }: { id: number; onClose(): void }): ReactElement {
  const { data } = useQuery('outbox.list', { states: ['failed', 'conflict', 'pending'] });
  const entry = data?.entries.find((e) => e.id === id);
  const mutate = useMutate();
  const action = useAction();
  const blocked = !entry ? (data ? 'This edit is no longer waiting' : 'Loading…') : action.busy ? 'Discarding…' : null;

  const discard = async (): Promise<void> => {
    if (blocked) return;
    const done = await action.run(() => mutate('outbox.discard', { id }));
    if (done) onClose();
  };

  return (
    <Dialog
      title="Discard this edit and restore the platform's value?"
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Keep the edit</Button>
          <Button variant="danger" disabledReason={blocked} onClick={() => void discard()} data-autofocus>
            Discard edit
          </Button>
        </>
      }
    >
      {entry ? (
        <>
          <p>
            <strong>{entry.summary}</strong>
          </p>
          {entry.error ? (
            <p className="help">
              The platform said: <span className="bad">{entry.error}</span>
            </p>
          ) : null}
          <p className="help">
            The edit leaves the outbox and this workspace goes back to the platform's last known value
            {entry.op === 'org.create' || entry.op === 'project.create' ? '; later edits inside what it created are discarded with it' : ''}. This cannot be undone.
          </p>
        </>
      ) : data ? (
        <p>This edit is no longer waiting: it was retried, resolved or synced.</p>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <ErrorNote error={action.error} prefix="The edit was not discarded." />
    </Dialog>
  );
}
