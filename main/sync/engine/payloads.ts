// Reads an outbox entry's payload and base into typed values, per op. The edit services write
// these shapes (main/services/*); the engine only reads them and never trusts them unchecked,
// so a damaged row becomes a failed edit with a reason instead of a crash.
import { z } from 'zod';
import type { OutboxEntry } from '../../../shared/contract/index';
import { GrantLevelSchema, LevelSchema, OrgLevelSchema, OrgPoliciesPatchSchema, ProjectSettingsPatchSchema } from '../../../shared/domain/index';

export const MemberValueSchema = z.object({
  level: OrgLevelSchema,
  allowBillableActivities: z.boolean(),
  appAccess: z.boolean(),
  projectAccess: LevelSchema,
});
export type MemberValue = z.infer<typeof MemberValueSchema>;

const Policies = OrgPoliciesPatchSchema;
export type PolicyPatch = z.infer<typeof Policies>;

export const SettingsPatchSchema = ProjectSettingsPatchSchema;
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

const OrgFields = z.object({ name: z.string().optional(), policies: Policies.optional() });
export type OrgFields = z.infer<typeof OrgFields>;

export const PAYLOADS = {
  'member.invite': MemberValueSchema.extend({ org: z.string(), user: z.string() }),
  'member.update': MemberValueSchema.extend({ org: z.string(), user: z.string() }),
  'member.remove': z.object({ org: z.string(), user: z.string(), revokeProjectPermissions: z.boolean(), revokeAppPermissions: z.boolean() }),
  'project.create': z.object({ id: z.string(), name: z.string(), billTo: z.string(), localId: z.string().optional() }),
  'project.share': z.object({ project: z.string(), principal: z.string(), level: GrantLevelSchema }),
  'project.unshare': z.object({ project: z.string(), principal: z.string() }),
  'project.update': z.object({ project: z.string(), settings: SettingsPatchSchema }),
  'org.create': z.object({ handle: z.string(), name: z.string(), policies: Policies.default({}), nonce: z.string().optional() }),
  'org.update': OrgFields.extend({ org: z.string() }),
  'app.authorize': z.object({ app: z.string(), principal: z.string() }),
  'app.deauthorize': z.object({ app: z.string(), principal: z.string() }),
} as const;

export type Payload<Op extends keyof typeof PAYLOADS> = z.infer<(typeof PAYLOADS)[Op]>;

/** Bases (and a kept "theirs") per kind of target; `null` base = the thing did not exist. */
export const BASES = {
  member: MemberValueSchema.nullable(),
  grant: z.object({ level: GrantLevelSchema }).nullable(),
  app: z.object({ authorized: z.boolean() }).nullable(),
  project: z.object({ version: z.number().int().nullable().optional(), settings: SettingsPatchSchema.default({}) }).nullable(),
  org: OrgFields.nullable(),
} as const;

export class BadEntryError extends Error {
  constructor(entry: Pick<OutboxEntry, 'id' | 'op'>, what: string, issues: string) {
    super(`Outbox entry ${entry.id} (${entry.op}) has an unreadable ${what}: ${issues}`);
    this.name = 'BadEntryError';
  }
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

export function payloadOf<Op extends keyof typeof PAYLOADS>(entry: OutboxEntry, op: Op): Payload<Op> {
  const parsed = PAYLOADS[op].safeParse(entry.payload);
  if (!parsed.success) throw new BadEntryError(entry, 'payload', issuesOf(parsed.error));
  return parsed.data as Payload<Op>;
}

/** An empty object reads as "absent" too: that is how a conflict records a missing remote thing. */
export function baseOf<K extends keyof typeof BASES>(entry: Pick<OutboxEntry, 'id' | 'op'>, kind: K, raw: Record<string, unknown> | null): z.infer<(typeof BASES)[K]> {
  const value = raw !== null && Object.keys(raw).length === 0 ? null : raw;
  const parsed = BASES[kind].safeParse(value);
  if (!parsed.success) throw new BadEntryError(entry, 'base', issuesOf(parsed.error));
  return parsed.data as z.infer<(typeof BASES)[K]>;
}
