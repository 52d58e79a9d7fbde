// /project-x/update (platform-api.md §4.2, §4.4): ADMINISTER only; `version` is an optimistic
// lock (a mismatch is InvalidState and changes nothing); settings go through shared/domain's
// planSettingsChange; a billTo move needs billing rights and the source org's transfer policy.
// Every successful update bumps `version`.
import { z } from 'zod';
import { isOrgId } from '../../../shared/domain/index';
import { administeredProject } from '../access';
import type { CallContext } from '../context';
import { invalidState, permissionDenied } from '../errors';
import { parseInput } from '../input';
import type { IdReply } from '../replies';
import type { EmuProject } from '../state';
import { SettingsInput, applySettings, checkBillTo, pickSettings } from './projectSettings';

const UpdateInput = z.object({
  name: z.string().min(1).optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  billTo: z.string().optional(),
  version: z.number().int().nonnegative().optional(),
  ...SettingsInput,
});

/** Moving an org-billed project elsewhere: restrictProjectTransfer decides who may (§3.4). */
function checkTransfer(ctx: CallContext, project: EmuProject, target: string): void {
  checkBillTo(ctx, target);
  if (!isOrgId(project.billTo)) return;
  const source = ctx.store.orgs.get(project.billTo);
  const own = source?.members.get(ctx.caller);
  const allowed = own !== undefined && (own.level === 'ADMIN' || source?.policies.restrictProjectTransfer === 'MEMBER');
  if (!allowed) throw permissionDenied(`Moving ${project.id} out of ${project.billTo} is restricted by its restrictProjectTransfer policy`);
}

export function projectUpdate(ctx: CallContext, projectId: string, body: unknown): IdReply {
  const project = administeredProject(ctx.store, projectId, ctx.caller, 'Updating settings');
  const input = parseInput(UpdateInput, body);
  if (input.version !== undefined && input.version !== project.version) {
    throw invalidState(`${projectId} is at version ${project.version}, not ${input.version}; describe it again and retry`);
  }
  const billTo = input.billTo ?? project.billTo;
  if (billTo !== project.billTo) checkTransfer(ctx, project, billTo);
  const settings = applySettings(ctx, project.settings, pickSettings(input), billTo);
  if (input.name !== undefined) project.name = input.name;
  if (input.summary !== undefined) project.summary = input.summary;
  if (input.description !== undefined) project.description = input.description;
  project.billTo = billTo;
  project.settings = settings;
  project.version += 1;
  project.modified = ctx.now();
  return { id: projectId };
}
