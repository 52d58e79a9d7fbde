// Change a member's level and flags. Any change is previewed (members.previewChange) before it
// is saved: which flags change, and which projects and apps the member gains or loses. A
// demotion from ADMIN starts from the MEMBER defaults and states all three flags explicitly.
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { MemberChangePreview, MemberRow } from '../../../shared/contract/index';
import type { MemberFlags, OrgLevel } from '../../../shared/domain/index';
import { MEMBER_DEFAULT_FLAGS } from '../../../shared/domain/index';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { AppChangeTable, LevelChangeTable } from '../../ui/ChangeTables';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { memberChangeConfirmLabel } from '../../ui/confirmText';
import { MemberFlagsFields } from './MemberFlagsFields';
import { FLAG_LABELS, flagValueText } from './memberText';

export function EditMemberDialog({ org, user, onClose }: { org: string; user: string; onClose(): void }): ReactElement {
  const { data, error } = useQuery('members.list', { org });
  const row = data?.members.find((m) => m.user === user);
  if (!row) {
    return (
      <Dialog title={`Edit ${user} in ${org}`} onClose={onClose} size="sm" footer={<Button onClick={onClose}>Close</Button>}>
        {error ? <ErrorNote error={error} /> : data ? <p>{user} is not a member of {org}.</p> : <p className="muted">Loading…</p>}
      </Dialog>
    );
  }
  return <EditForm row={row} onClose={onClose} />;
}

function flagsOf(row: MemberRow): MemberFlags {
  return { allowBillableActivities: row.allowBillableActivities, appAccess: row.appAccess, projectAccess: row.projectAccess };
}

function EditForm({ row, onClose }: { row: MemberRow; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const [level, setLevel] = useState<OrgLevel>(row.level);
  const [flags, setFlags] = useState<MemberFlags>(flagsOf(row));
  const { org, user } = row;

  const changeLevel = (next: OrgLevel): void => {
    setLevel(next);
    // Leaving ADMIN must state every flag; start from the documented MEMBER defaults.
    if (row.level === 'ADMIN' && next === 'MEMBER') setFlags({ ...MEMBER_DEFAULT_FLAGS });
    if (next === row.level && next === 'MEMBER') setFlags(flagsOf(row));
  };

  const current = flagsOf(row);
  const changed =
    level !== row.level ||
    (level === 'MEMBER' && (flags.allowBillableActivities !== current.allowBillableActivities || flags.appAccess !== current.appAccess || flags.projectAccess !== current.projectAccess));
  const input = !changed ? null : level === 'ADMIN' ? { org, user, level } : { org, user, level, ...flags };
  const preview = useQuery('members.previewChange', input);
  const demoting = row.level === 'ADMIN' && level === 'MEMBER';

  const blocked = !changed ? 'Nothing changed yet' : preview.loading ? 'Waiting for the preview' : preview.error ? 'The preview failed; see the message above' : action.busy ? 'Saving…' : null;
  const label = preview.data ? memberChangeConfirmLabel(user, row.level, level, preview.data.projects, preview.data.apps) : `Save ${user}`;

  const submit = async (): Promise<void> => {
    if (blocked || !input) return;
    const saved = await action.run(() => mutate('members.update', input));
    if (saved) onClose();
  };

  return (
    <Dialog
      title={`Edit ${row.name} (${user}) in ${org}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={demoting ? 'danger' : 'primary'} disabledReason={blocked}>
            {label}
          </Button>
        </>
      }
    >
      <div className="dialog-split">
        <div>
          <MemberFlagsFields level={level} flags={flags} onLevel={changeLevel} onFlags={setFlags} />
        </div>
        <section className="preview" aria-label="Preview of the change" aria-live="polite">
          <h3>Preview</h3>
          {demoting ? (
            <p className="note note-warn">
              Demoting to MEMBER ends the fixed ADMIN flags. The three flags are sent explicitly: defaults are billable off, app access on, project access CONTRIBUTE —
              adjust them before confirming.
            </p>
          ) : null}
          {!changed ? <p className="muted">Change the level or a flag to see what {user} gains or loses.</p> : null}
          <ErrorNote error={preview.error} prefix="The preview failed." />
          {changed && preview.loading && !preview.data ? <p className="muted">Working out the consequences…</p> : null}
          {changed && preview.data ? <ChangePreview preview={preview.data} /> : null}
        </section>
      </div>
      <ErrorNote error={action.error} prefix="The change was not saved." />
    </Dialog>
  );
}

function ChangePreview({ preview }: { preview: MemberChangePreview }): ReactElement {
  return (
    <>
      {preview.flagChanges.length > 0 ? (
        <table className="mini">
          <caption>Flags that change</caption>
          <thead>
            <tr>
              <th scope="col">Flag</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {preview.flagChanges.map((f) => (
              <tr key={f.flag}>
                <th scope="row">{FLAG_LABELS[f.flag] ?? f.flag}</th>
                <td>{flagValueText(f.from)}</td>
                <td>{flagValueText(f.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.projects.length > 0 ? (
        <LevelChangeTable caption="Project access that changes" rows={preview.projects.map((p) => ({ key: p.project, name: p.name, from: p.from, to: p.to }))} />
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
