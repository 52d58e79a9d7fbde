// The zod schema of one file row's cells (already trimmed by the reader; blank = absent):
// level and access levels in any case, booleans in the usual spellings, the row action and
// the removal options. Types only: whether the org or user exists is checked by validateRows.
import { z } from 'zod';
import { LEVELS } from '../../../shared/domain/index';
import type { ImportField } from '../../../shared/contract/index';
import { ImportFieldSchema } from '../../../shared/contract/index';
import { parseBooleanCell } from '../read/index';
import type { ParsedCells } from './types';

const upper = (s: string) => s.toUpperCase();

const flag = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined) return undefined;
    const b = parseBooleanCell(s);
    if (b === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a yes/no value: use true, false, yes, no, 1 or 0' });
      return z.NEVER;
    }
    return b;
  });

const removalFlag = flag.transform((b) => b ?? true);

const GRANT_LEVELS = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const;
const isGrantLevel = (s: string): s is (typeof GRANT_LEVELS)[number] => (GRANT_LEVELS as readonly string[]).includes(s);
/** Entries are separated by spaces, commas or semicolons (IDs never contain them). */
const entries = (s: string) => s.split(/[\s,;]+/).filter((e) => e !== '');

/** "project-a=VIEW project-b=CONTRIBUTE": the direct grants an undo file restores. */
const projectGrants = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined) return undefined;
    const out: Array<{ project: string; level: (typeof GRANT_LEVELS)[number] }> = [];
    for (const e of entries(s)) {
      const [project = '', level = '', ...rest] = e.split('=');
      const upper = level.toUpperCase();
      if (project === '' || rest.length > 0 || !isGrantLevel(upper)) {
        ctx.addIssue({ code: 'custom', message: `is not a list of project grants: write project-id=LEVEL (${GRANT_LEVELS.join(', ')}), separated by spaces` });
        return z.NEVER;
      }
      out.push({ project, level: upper });
    }
    return out;
  });

/** "app-a app-b": app authorizations an undo file restores. */
const appIds = z
  .string()
  .optional()
  .transform((s) => (s === undefined ? undefined : entries(s)));

export const RowCellsSchema = z.object({
  org: z.string().optional(),
  user: z.string().optional(),
  level: z
    .string()
    .transform(upper)
    .pipe(z.enum(['ADMIN', 'MEMBER'], { error: 'is not a level: use ADMIN or MEMBER' }))
    .optional(),
  allowBillableActivities: flag,
  appAccess: flag,
  projectAccess: z
    .string()
    .transform(upper)
    .pipe(z.enum(LEVELS, { error: `is not a project access level: use ${LEVELS.join(', ')}` }))
    .optional(),
  action: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['upsert', 'add', 'update', 'remove'], { error: 'is not an action: use upsert, add, update or remove' }))
    .optional()
    .transform((a) => a ?? 'upsert'),
  revokeProjectPermissions: removalFlag,
  revokeAppPermissions: removalFlag,
  restoreProjectGrants: projectGrants,
  restoreAppAuthorizations: appIds,
});

export interface CellIssue {
  field: ImportField;
  message: string;
}

type CellsResult = { cells: ParsedCells | null; issues: CellIssue[] };

export function parseCells(values: Partial<Record<ImportField, string>>): CellsResult {
  const parsed = RowCellsSchema.safeParse(values);
  if (parsed.success) return { cells: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((i) => ({ field: ImportFieldSchema.catch('org').parse(i.path[0]), message: i.message }));
  return { cells: null, issues };
}

const VALUE_FIELDS = ['level', 'allowBillableActivities', 'appAccess', 'projectAccess', 'action', 'revokeProjectPermissions', 'revokeAppPermissions', 'restoreProjectGrants', 'restoreAppAuthorizations'] as const;

/**
 * parseCells for many rows: files repeat a handful of level/flag combinations, so each distinct
 * combination is parsed by zod once and shared (results are never mutated). org and user are
 * left out: validateRows resolves them from the row itself. Call once per file: the cache lives as long as the returned function.
 */
export function cachedCellParser(): (values: Partial<Record<ImportField, string>>) => CellsResult {
  const cache = new Map<string, CellsResult>();
  return (values) => {
    const key = VALUE_FIELDS.map((f) => values[f] ?? '\u0000').join('\u0001');
    let hit = cache.get(key);
    if (!hit) {
      const rest: Partial<Record<ImportField, string>> = {};
      for (const f of VALUE_FIELDS) if (values[f] !== undefined) rest[f] = values[f];
      cache.set(key, (hit = parseCells(rest)));
    }
    return hit;
  };
}
