// Input validation for route bodies: zod schemas whose failures become InvalidInput (422)
// naming the field, as the platform does for semantically invalid input. Shared schemas for
// the inputs many routes take (limit/starting, describe, levels) live here too.
import { z } from 'zod';
import { GrantLevelSchema, LevelSchema, OrgLevelSchema } from '../../shared/domain/index';
import { invalidInput } from './errors';

export function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  throw invalidInput(`Invalid input: ${field}: ${issue?.message ?? 'not valid'}`, { field });
}

export const PageInput = {
  limit: z.number().int().positive().optional(),
  starting: z.unknown().optional(),
};

/** `describe: true` or a describe input such as `{fields: {...}}`. */
export const DescribeInput = z.union([z.boolean(), z.record(z.string(), z.unknown())]).optional();

export const LevelInput = LevelSchema;
export const GrantLevelInput = GrantLevelSchema;
export const OrgLevelInput = OrgLevelSchema;

/** A name filter: exact string, {glob: "..."} or {regexp: "...", flags?}. */
export const NameFilter = z
  .union([z.string(), z.object({ glob: z.string() }), z.object({ regexp: z.string(), flags: z.string().optional() })])
  .optional();
export type NameFilterValue = z.infer<typeof NameFilter>;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

export function nameMatcher(filter: NameFilterValue): (name: string) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter === 'string') return (name) => name === filter;
  if ('glob' in filter) {
    const re = globToRegExp(filter.glob);
    return (name) => re.test(name);
  }
  let re: RegExp;
  try {
    re = new RegExp(filter.regexp, filter.flags ?? '');
  } catch {
    throw invalidInput(`Invalid input: name.regexp: not a valid regular expression`, { field: 'name.regexp' });
  }
  return (name) => re.test(name);
}

/** `properties: {key: "value"}` matches that value; `{key: true}` matches any value. */
export const PropertiesFilter = z.record(z.string(), z.union([z.string(), z.literal(true)])).optional();

export function propertiesMatch(filter: Record<string, string | true> | undefined, properties: Record<string, string>): boolean {
  if (filter === undefined) return true;
  return Object.entries(filter).every(([k, v]) => (v === true ? Object.hasOwn(properties, k) : properties[k] === v));
}
