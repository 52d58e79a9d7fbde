// Policy overrides and flags of one project. Changes are staged, previewed (settings that end
// up changed, couplings included, and which users gain or lose a capability) and applied in
// one call. containsPHI is a separate, explicitly confirmed one-way step.
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { ProjectDetail } from '../../../shared/contract/index';
import type { SettingsPatch } from '../../../shared/domain/index';
import { POLICY_OVERRIDES } from '../../../shared/domain/index';
import { useMutate, useNav, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { PendingBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DisabledNote } from '../../ui/DisabledNote';
import { ErrorNote } from '../../ui/ErrorNote';
import { plural } from '../../../shared/text/plural';
import { capabilityShifts, planView } from './settingsPreview';

type Editable = 'restricted' | 'protected' | 'downloadRestricted' | 'previewViewerRestricted';

export function phiBlockReason(detail: ProjectDetail): string | null {
  if (!detail.canAdminister.allowed) return detail.canAdminister.reason ?? `Only users with ADMINISTER on ${detail.name} can change its settings`;
  if (detail.settings.containsPHI) return 'containsPHI is already on, and it can never be switched off';
  if (detail.billToPhiEnabled === null) return `containsPHI needs the project billed to an org with PHI features; it is billed to ${detail.billTo}`;
  if (!detail.billToPhiEnabled) return `containsPHI needs PHI features enabled for ${detail.billTo}`;
  return null;
}

export function SettingsTab({ detail }: { detail: ProjectDetail }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const openDialog = useNav((s) => s.openDialog);
  const [patch, setPatch] = useState<SettingsPatch>({});
  const current = detail.settings;
  const lockReason = detail.canAdminister.allowed ? null : (detail.canAdminister.reason ?? `Only users with ADMINISTER on ${detail.name} can change its settings`);
  const pending = new Set(detail.pendingSettings);

  const stage = (k: Editable, v: boolean): void => {
    action.clear();
    setPatch((p) => {
      const next: SettingsPatch = { ...p, [k]: v };
      if (next[k] === current[k]) delete next[k];
      return next;
    });
  };

  const hasChanges = Object.keys(patch).length > 0;
  const plan = planView(current, patch, { billTo: detail.billTo, billToPhiEnabled: detail.billToPhiEnabled });
  // Controls show the settings as they would end up, couplings included.
  const value = (k: Editable): boolean => (plan.ok ? plan.next[k] : (patch[k] ?? current[k]));
  const people = useQuery('access.byProject', hasChanges ? { project: detail.id } : null).data?.users;
  const shifts = plan.ok && people ? capabilityShifts(people, current, plan.next) : [];
  // Opening Download access again needs previewViewerRestricted already off: the platform
  // refuses clearing both in one update, so this takes two applied changes.
  const downloadLock = current.downloadRestricted && current.previewViewerRestricted
    ? 'Download access can be opened again only after previewViewerRestricted is turned off: untick it below and apply that first'
    : null;
  const phiReason = phiBlockReason(detail);

  const blocked = lockReason ?? (!hasChanges ? 'Nothing changed yet' : !plan.ok ? plan.message : action.busy ? 'Saving…' : null);
  const apply = async (): Promise<void> => {
    if (blocked) return;
    const done = await action.run(() => mutate('projects.updateSettings', { project: detail.id, settings: patch }));
    if (done) setPatch({});
  };

  return (
    <div className="settings">
      <DisabledNote reason={lockReason} />
      <section className="settings-group" aria-labelledby="overrides-title">
        <h3 id="overrides-title">Policy overrides</h3>
        {POLICY_OVERRIDES.map((o) => (
          <fieldset key={o.key} className="override" role="radiogroup" aria-label={o.label}>
            <legend>
              {o.label} <PendingBadge pending={pending.has(o.key)} />
            </legend>
            <div className="segmented">
              {o.choices.map((choice, i) => {
                const v = i === 1;
                const reason = lockReason ?? (o.key === 'downloadRestricted' && !v ? downloadLock : null);
                return (
                  <label key={choice} className={`seg${value(o.key) === v ? ' is-on' : ''}${reason ? ' is-disabled' : ''}`} title={reason ?? undefined}>
                    <input type="radio" name={o.key} checked={value(o.key) === v} disabled={Boolean(reason)} onChange={() => stage(o.key, v)} />
                    {choice}
                  </label>
                );
              })}
            </div>
            <p className="help">
              {o.key === 'restricted' ? 'Who may copy data out of this project to another one.' : null}
              {o.key === 'protected' ? 'Who may delete data: CONTRIBUTE and up, or only ADMINISTER.' : null}
              {o.key === 'downloadRestricted' ? 'Choosing No one also turns on previewViewerRestricted; reopening needs previewViewerRestricted off first.' : null}
            </p>
            {o.key === 'downloadRestricted' && downloadLock && !lockReason ? <DisabledNote reason={downloadLock} /> : null}
          </fieldset>
        ))}
        <label className="check" title={lockReason ?? undefined}>
          <input type="checkbox" checked={value('previewViewerRestricted')} disabled={Boolean(lockReason)} onChange={(e) => stage('previewViewerRestricted', e.target.checked)} />
          Restrict the preview viewer <span className="muted mono small">previewViewerRestricted</span> <PendingBadge pending={pending.has('previewViewerRestricted')} />
        </label>
      </section>

      {hasChanges ? (
        <section className="preview review" aria-label="Review setting changes" aria-live="polite">
          <h3>Review</h3>
          {plan.ok ? (
            <>
              <ul className="change-lines">
                {plan.lines.map((l) => (
                  <li key={l.key}>
                    <strong>{l.label}</strong>: {l.from} → {l.to}
                    {l.coupled ? <span className="muted"> (follows from Download access)</span> : null}
                  </li>
                ))}
              </ul>
              {people === undefined ? (
                <p className="muted small">Working out who is affected…</p>
              ) : shifts.length === 0 ? (
                <p className="muted small">No user's capabilities change.</p>
              ) : (
                <ul className="change-lines">
                  {shifts.map((s) => (
                    <li key={s.capability}>
                      {s.lose.length ? (
                        <span className="loss">
                          {plural(s.lose.length, 'user')} can no longer {s.label.toLowerCase()}: {s.lose.join(', ')}
                        </span>
                      ) : null}
                      {s.gain.length ? (
                        <span>
                          {plural(s.gain.length, 'user')} can now {s.label.toLowerCase()}: {s.gain.join(', ')}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="note note-error" role="alert">
              {plan.message}
            </p>
          )}
          <div className="review-actions">
            <Button onClick={() => setPatch({})}>Discard</Button>
            <Button variant="primary" disabledReason={blocked} onClick={() => void apply()}>
              {plan.ok ? `Apply ${plural(plan.lines.length, 'setting change')}` : 'Apply'}
            </Button>
          </div>
          <ErrorNote error={action.error} prefix="The settings were not changed." />
        </section>
      ) : null}

      <section className="settings-group" aria-labelledby="phi-title">
        <h3 id="phi-title">
          Protected health information <PendingBadge pending={pending.has('containsPHI')} />
        </h3>
        <div className="phi-row">
          <span>
            containsPHI is <strong>{current.containsPHI ? 'on' : 'off'}</strong>
          </span>
          <Button variant="danger" disabledReason={phiReason} onClick={() => openDialog({ kind: 'containsPHI', project: detail.id })}>
            Mark as containing PHI…
          </Button>
        </div>
        {phiReason && phiReason !== lockReason ? <DisabledNote reason={phiReason} /> : <p className="help">One-way: once on, it can never be switched off.</p>}
      </section>

      <section className="settings-group" aria-labelledby="flags-title">
        <h3 id="flags-title">Other flags (read-only here)</h3>
        <dl className="flag-list">
          <div>
            <dt>externalUploadRestricted</dt>
            <dd>{current.externalUploadRestricted ? 'on' : 'off'}</dd>
          </div>
          <div>
            <dt>databaseUIViewOnly</dt>
            <dd>{current.databaseUIViewOnly ? 'on' : 'off'}</dd>
          </div>
          <div>
            <dt>databaseResultsRestricted</dt>
            <dd>{current.databaseResultsRestricted ?? 'none'}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
