// Revoke a grant on a project after previewing who loses access (projects.previewShare with
// level null); the confirm button names the principal and the number of users who lose.
import type { ReactElement } from 'react';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { LevelChangeTable } from '../../ui/ChangeTables';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { shareConfirmLabel } from '../../ui/confirmText';

export function RevokeDialog({ project, principal, onClose }: { project: string; principal: string; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const detail = useQuery('projects.get', { project }).data;
  const existing = detail?.grants.find((g) => g.principal === principal);
  const preview = useQuery('projects.previewShare', { project, principal, level: null });
  const changes = preview.data?.changes ?? [];
  const blocked = preview.loading ? 'Waiting for the preview' : preview.error ? 'The preview failed; see the message above' : action.busy ? 'Revoking…' : null;
  const name = detail?.name ?? project;

  const submit = async (): Promise<void> => {
    if (blocked) return;
    const done = await action.run(() => mutate('projects.unshare', { project, principal }));
    if (done) onClose();
  };

  return (
    <Dialog
      title={`Revoke ${principal} on ${name}`}
      description={existing ? `${existing.name} currently has ${existing.level}.` : undefined}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabledReason={blocked}>
            {shareConfirmLabel(principal, null, existing?.level ?? null, changes)}
          </Button>
        </>
      }
    >
      <section className="preview" aria-label="Who loses access" aria-live="polite">
        <ErrorNote error={preview.error} prefix="The preview failed." />
        {preview.data ? (
          changes.length > 0 ? (
            <LevelChangeTable nameHeader="User" caption="Effective access that changes" rows={changes.map((c) => ({ key: c.user, name: `${c.name} (${c.user})`, from: c.from, to: c.to }))} />
          ) : (
            <p className="muted">Nobody's effective access changes: everyone reached through this grant also reaches {name} another way.</p>
          )
        ) : preview.loading ? (
          <p className="muted">Working out who loses access…</p>
        ) : null}
      </section>
      <ErrorNote error={action.error} prefix="The grant was not revoked." />
    </Dialog>
  );
}
