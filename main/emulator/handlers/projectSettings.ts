// Settings changes for /project/new and /project-x/update through shared/domain's
// planSettingsChange (containsPHI one-way + PHI org; download/preview coupling), with its
// refusals mapped to the platform's error types. Also the billTo rule both routes share.
import type { ProjectSettings } from '../../../shared/domain/index';
import { ProjectSettingsPatchSchema, isOrgId, mayBillTo, planSettingsChange } from '../../../shared/domain/index';
import type { CallContext } from '../context';
import { invalidInput, permissionDenied } from '../errors';

export const SettingsInput = ProjectSettingsPatchSchema.shape;

export type SettingsPatch = { [K in keyof ProjectSettings]?: ProjectSettings[K] | undefined };

export function pickSettings(input: SettingsPatch): Partial<ProjectSettings> {
  const out: Partial<ProjectSettings> = {};
  for (const key of Object.keys(SettingsInput) as Array<keyof ProjectSettings>) {
    const value = input[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

/** Turning PHI on without a PHI org is PermissionDenied (the platform's test); the rest is InvalidInput. */
export function applySettings(ctx: CallContext, current: ProjectSettings, patch: Partial<ProjectSettings>, billTo: string): ProjectSettings {
  const org = ctx.store.orgs.get(billTo);
  const outcome = planSettingsChange(current, patch, { billTo, billToPhiEnabled: org ? org.phiFeaturesEnabled : null });
  if (outcome.ok) return outcome.next;
  if (outcome.field === 'containsPHI' && !current.containsPHI) {
    throw permissionDenied(`PHI features must be enabled for ${billTo} to set containsPHI`);
  }
  throw invalidInput(outcome.message, { field: outcome.field });
}

/** The caller, or an org where the caller may bill (allowBillableActivities; ADMINs always). */
export function checkBillTo(ctx: CallContext, billTo: string): void {
  if (billTo !== ctx.caller && !isOrgId(billTo)) throw invalidInput(`billTo must be you or an org, not ${billTo}`, { field: 'billTo' });
  const org = isOrgId(billTo) ? ctx.store.orgs.get(billTo) : undefined;
  if (isOrgId(billTo) && !org) throw invalidInput(`billTo ${billTo} does not exist`, { field: 'billTo' });
  const own = org?.members.get(ctx.caller);
  const decision = mayBillTo(ctx.caller, billTo, own ? { ...own, org: billTo } : undefined);
  if (!decision.allowed) throw permissionDenied(decision.reason);
}
