// The level and three flags of a membership as form controls. For an ADMIN the flags are the
// fixed ADMIN values, shown disabled with the rule stated in text, not silently greyed out.
import type { ReactElement } from 'react';
import { useId } from 'react';
import type { MemberFlags, OrgLevel } from '../../../shared/domain/index';
import { ADMIN_FLAGS, LEVELS, LevelSchema } from '../../../shared/domain/index';
import { DisabledNote } from '../../ui/DisabledNote';

export const ADMIN_FLAGS_REASON = 'ADMINs always have billable activities, app access and ADMINISTER project access; these cannot be changed for an ADMIN.';

export function MemberFlagsFields({
  level,
  flags,
  onLevel,
  onFlags,
}: {
  level: OrgLevel;
  flags: MemberFlags;
  onLevel(level: OrgLevel): void;
  onFlags(flags: MemberFlags): void;
}): ReactElement {
  const id = useId();
  const admin = level === 'ADMIN';
  const shown = admin ? ADMIN_FLAGS : flags;
  const reason = admin ? ADMIN_FLAGS_REASON : undefined;
  return (
    <>
      <fieldset className="field">
        <legend>Org level</legend>
        <div className="radio-row">
          {(['MEMBER', 'ADMIN'] as const).map((l) => (
            <label key={l} className="radio">
              <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => onLevel(l)} />
              {l}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field flags" aria-describedby={admin ? `${id}-fixed` : undefined}>
        <legend>Flags</legend>
        <label className="check" title={reason}>
          <input type="checkbox" checked={shown.allowBillableActivities} disabled={admin} onChange={(e) => onFlags({ ...flags, allowBillableActivities: e.target.checked })} />
          Billable activities <span className="muted">(allowBillableActivities: bill work to the org, see prices)</span>
        </label>
        <label className="check" title={reason}>
          <input type="checkbox" checked={shown.appAccess} disabled={admin} onChange={(e) => onFlags({ ...flags, appAccess: e.target.checked })} />
          App access <span className="muted">(appAccess: run apps the org is authorized for)</span>
        </label>
        <div className="inline-field" title={reason}>
          <label htmlFor={`${id}-pa`}>Project access</label>
          <select id={`${id}-pa`} value={shown.projectAccess} disabled={admin} onChange={(e) => onFlags({ ...flags, projectAccess: LevelSchema.parse(e.target.value) })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <span className="muted">caps what org grants give this member</span>
        </div>
        {admin ? <DisabledNote id={`${id}-fixed`} reason={ADMIN_FLAGS_REASON} /> : null}
      </fieldset>
    </>
  );
}
