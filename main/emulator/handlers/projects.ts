// /project-x/describe and /project/new (platform-api.md §4.2-§4.3). Describe needs VIEW or
// better (otherwise the project "does not exist" for the caller); a new project has its creator
// as sole member at ADMINISTER and an ID in the platform's alphabet.
import { z } from 'zod';
import { DEFAULT_PROJECT_SETTINGS } from '../../../shared/domain/index';
import { visibleProject } from '../access';
import type { CallContext } from '../context';
import { describeProject, pickFields } from '../describe';
import { parseInput } from '../input';
import type { IdReply, ProjectDescribe } from '../replies';
import { SettingsInput, applySettings, checkBillTo, pickSettings } from './projectSettings';

export function projectDescribe(ctx: CallContext, id: string, body: unknown): Partial<ProjectDescribe> {
  const { project, level } = visibleProject(ctx.store, id, ctx.caller);
  return pickFields(describeProject(project, level), body);
}

const NewInput = z.object({
  name: z.string().min(1),
  summary: z.string().optional(),
  description: z.string().optional(),
  billTo: z.string().optional(),
  tags: z.array(z.string()).optional(),
  properties: z.record(z.string(), z.string()).optional(),
  ...SettingsInput,
});

/** Not idempotent (no nonce): a client that lost the reply finds the project by its properties. */
export function projectNew(ctx: CallContext, body: unknown): IdReply {
  const input = parseInput(NewInput, body);
  const billTo = input.billTo ?? ctx.caller;
  checkBillTo(ctx, billTo);
  const settings = applySettings(ctx, DEFAULT_PROJECT_SETTINGS, pickSettings(input), billTo);
  let id = `project-${ctx.newObjectSuffix()}`;
  while (ctx.store.projects.has(id)) id = `project-${ctx.newObjectSuffix()}`;
  const now = ctx.now();
  ctx.store.projects.set(id, {
    id,
    name: input.name,
    summary: input.summary ?? '',
    description: input.description ?? '',
    billTo,
    permissions: { [ctx.caller]: 'ADMINISTER' },
    settings,
    version: 0,
    properties: { ...input.properties },
    tags: [...(input.tags ?? [])],
    created: now,
    modified: now,
    createdBy: ctx.caller,
  });
  return { id };
}
