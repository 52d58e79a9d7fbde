// One change for every selected membership, previewed before anything is queued: the edits,
// the cells refused and why (nothing is queued while any is refused; they can be excluded),
// and who gains or loses which projects and apps. Apply is one transaction (members.applyBulk).
import type { ReactElement } from 'react';
import { useId, useMemo, useState } from 'react';
import type { BulkCell, BulkChangeInput, BulkPreview } from '../../../shared/contract/index';
import type { Level, OrgLevel } from '../../../shared/domain/index';
import { LEVELS, LevelSchema } from '../../../shared/domain/index';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import { AppChangeTable, LevelChangeTable } from '../../ui/ChangeTables';
import { Dialog } from '../../ui/Dialog';
import { DisabledNote } from '../../ui/DisabledNote';
import { ErrorNote } from '../../ui/ErrorNote';
import { plural } from '../../../shared/text/plural';
import type { BulkField } from './bulkText';
import { BULK_FIELDS, BULK_FIELD_LABELS, bulkConfirmLabel, describeChange } from './bulkText';
import { cellKey } from './selection';

const PREVIEW_ROWS = 200;

export function BulkEditDialog({ cells, empty, initialField, onClose, onApplied }: { cells: BulkCell[]; empty: number; initialField: BulkField; onClose(): void; onApplied(): void }): ReactElement {
  const id = useId();
  const mutate = useMutate();
  const action = useAction();
  const [field, setField] = useState<BulkField>(initialField);
  const [projectAccess, setProjectAccess] = useState<Level>('VIEW');
  const [flag, setFlag] = useState(true);
  const [level, setLevel] = useState<OrgLevel>('MEMBER');
  const [revokeProjects, setRevokeProjects] = useState(true);
  const [revokeApps, setRevokeApps] = useState(true);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());

  const change: BulkChangeInput =
    field === 'remove'
      ? { kind: 'remove', revokeProjectPermissions: revokeProjects, revokeAppPermissions: revokeApps }
      : field === 'projectAccess'
        ? { kind: 'set', projectAccess }
        : field === 'level'
          ? { kind: 'set', level }
          : { kind: 'set', [field]: flag };
  const included = useMemo(() => cells.filter((c) => !excluded.has(cellKey(c.user, c.org))), [cells, excluded]);
  const input = included.length > 0 ? { cells: included, change } : null;
  const preview = useQuery('members.previewBulk', input);
  const p = preview.data;

  const blocked =
    included.length === 0
      ? 'Every selected cell is excluded'
      : preview.loading || !p
        ? 'Waiting for the preview'
        : preview.error
          ? 'The preview failed; see the message above'
          : !p.canApply.allowed
            ? (p.canApply.reason ?? 'Not allowed')
            : action.busy
              ? 'Applying…'
              : null;

  const apply = async (): Promise<void> => {
    if (blocked || !input) return;
    const done = await action.run(() => mutate('members.applyBulk', input));
    if (done) onApplied();
  };

  const excludeRefused = (): void => {
    if (!p) return;
    setExcluded(new Set([...excluded, ...p.refused.map((r) => cellKey(r.user, r.org))]));
  };

  return (
    <Dialog
      title={`Change ${plural(included.length, 'membership')}`}
      description={empty > 0 ? `${plural(empty, 'empty cell')} in the selection ${empty === 1 ? 'is' : 'are'} ignored: a bulk edit changes existing memberships only.` : undefined}
      onClose={onClose}
      onSubmit={() => void apply()}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={field === 'remove' || field === 'level' ? 'danger' : 'primary'} disabledReason={blocked}>
            {p ? bulkConfirmLabel(change, p.edits.length) : describeChange(change)}
          </Button>
        </>
      }
    >
      <div className="mx-bulk-form">
        <span className="picker">
          <label htmlFor={`${id}-field`}>Change</label>
          <select id={`${id}-field`} value={field} data-autofocus onChange={(e) => setField(BULK_FIELDS.find((f) => f === e.target.value) ?? 'projectAccess')}>
            {BULK_FIELDS.map((f) => (
              <option key={f} value={f}>
                {BULK_FIELD_LABELS[f]}
              </option>
            ))}
          </select>
        </span>
        {field === 'projectAccess' ? (
          <span className="picker">
            <label htmlFor={`${id}-value`}>to</label>
            <select id={`${id}-value`} value={projectAccess} onChange={(e) => setProjectAccess(LevelSchema.parse(e.target.value))}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </span>
        ) : field === 'level' ? (
          <span className="picker">
            <label htmlFor={`${id}-value`}>to</label>
            <select id={`${id}-value`} value={level} onChange={(e) => setLevel(e.target.value === 'ADMIN' ? 'ADMIN' : 'MEMBER')}>
              <option value="MEMBER">MEMBER</option>
              <option value="ADMIN">ADMIN</option>
            </select>
          </span>
        ) : field === 'remove' ? (
          <>
            <label className="check">
              <input type="checkbox" checked={revokeProjects} onChange={(e) => setRevokeProjects(e.target.checked)} />
              Revoke project permissions
            </label>
            <label className="check">
              <input type="checkbox" checked={revokeApps} onChange={(e) => setRevokeApps(e.target.checked)} />
              Revoke app permissions
            </label>
          </>
        ) : (
          <span className="picker">
            <label htmlFor={`${id}-value`}>to</label>
            <select id={`${id}-value`} value={flag ? 'on' : 'off'} onChange={(e) => setFlag(e.target.value === 'on')}>
              <option value="on">on</option>
              <option value="off">off</option>
            </select>
          </span>
        )}
      </div>
      {field === 'level' && level === 'MEMBER' ? <p className="muted small">Demoted ADMINs get the MEMBER defaults: billable off, app access on, project access CONTRIBUTE.</p> : null}
      <ErrorNote error={preview.error} prefix="The preview failed." />
      {p ? <PreviewBody preview={p} onExcludeRefused={excludeRefused} excluded={excluded.size} onIncludeAll={() => setExcluded(new Set())} /> : <p className="muted">Working out the preview…</p>}
      <ErrorNote error={action.error} prefix="Nothing was queued." />
    </Dialog>
  );
}

function PreviewBody({ preview: p, onExcludeRefused, excluded, onIncludeAll }: { preview: BulkPreview; onExcludeRefused(): void; excluded: number; onIncludeAll(): void }): ReactElement {
  return (
    <div className="mx-bulk-preview">
      <p className="mx-bulk-summary" role="status">
        {plural(p.edits.length, 'membership')} will change
        {p.unchanged > 0 ? `, ${p.unchanged} already as asked` : ''}
        {p.skipped.length > 0 ? `, ${p.skipped.length} skipped` : ''}
        {p.refused.length > 0 ? `, ${p.refused.length} refused` : ''}.{' '}
        {excluded > 0 ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={onIncludeAll}>
            Include the {excluded} excluded again
          </button>
        ) : null}
      </p>
      {p.refused.length > 0 ? (
        <section className="note note-error mx-refused" aria-label="Refused cells">
          <div>
            <strong>Nothing will be queued while {p.refused.length === 1 ? 'this cell is' : `these ${p.refused.length} cells are`} refused.</strong>
            <table className="mini">
              <caption className="sr-only">Refused cells and why</caption>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Org</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {p.refused.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={`${r.org}:${r.user}`}>
                    <th scope="row">{r.user}</th>
                    <td>{r.org}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Button size="sm" onClick={onExcludeRefused}>
              Exclude the {plural(p.refused.length, 'refused cell')}
            </Button>
          </div>
        </section>
      ) : null}
      {!p.canApply.allowed && p.refused.length === 0 ? <DisabledNote reason={p.canApply.reason} /> : null}
      {p.edits.length > 0 ? (
        <table className="mini mx-edits">
          <caption>Memberships that change</caption>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Org</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {p.edits.slice(0, PREVIEW_ROWS).map((e) => (
              <tr key={`${e.org}:${e.user}`}>
                <th scope="row">
                  {e.name} <span className="muted">{e.user}</span>
                </th>
                <td>{e.org}</td>
                <td>{flagsText(e.before)}</td>
                <td>{e.after ? flagsText(e.after) : <span className="loss">removed</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {p.edits.length > PREVIEW_ROWS ? <p className="muted small">…and {p.edits.length - PREVIEW_ROWS} more.</p> : null}
      <h3 className="mx-bulk-h">Access that changes</h3>
      {p.impact.users.length === 0 ? <p className="muted">Nobody gains or loses access to any project or app.</p> : null}
      {p.impact.users.slice(0, PREVIEW_ROWS).map((u) => (
        <div key={u.user} className="mx-impact">
          {u.projects.length > 0 ? (
            <LevelChangeTable
              caption={`${u.name} (${u.user}): projects`}
              rows={u.projects.map((x) => ({ key: x.project, name: x.name, from: x.from, to: x.to }))}
            />
          ) : null}
          {u.apps.length > 0 ? <AppChangeTable caption={`${u.name} (${u.user}): apps`} rows={u.apps.map((a) => ({ key: a.app, name: a.name, from: a.from, to: a.to }))} /> : null}
        </div>
      ))}
      {p.impact.truncated ? <p className="muted small">Access changes are shown for the first users only; the edit counts above are exact.</p> : null}
    </div>
  );
}

function flagsText(f: { level: OrgLevel; allowBillableActivities: boolean; appAccess: boolean; projectAccess: Level }): string {
  if (f.level === 'ADMIN') return 'ADMIN';
  return `MEMBER · billable ${f.allowBillableActivities ? 'on' : 'off'} · apps ${f.appAccess ? 'on' : 'off'} · projects ${f.projectAccess}`;
}
