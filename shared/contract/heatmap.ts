// Contract: the access heatmap (users x projects, or orgs x projects). The renderer never gets
// the whole matrix: it asks for WINDOWS (a row range x a column range of the filtered, sorted
// layout) and each window's cells travel as one character per cell (codec below), so a
// 20k x 5k workspace is served a screenful at a time.
import { z } from 'zod';
import { GrantLevelSchema, LEVELS, LevelSchema } from '../domain/levels';
import type { Level } from '../domain/levels';
import type { RouteKind } from '../domain/access';
import { OrgRefSchema, ProjectRefSchema, UserRefSchema } from './common';

export const HEATMAP_PIVOTS = ['users', 'orgs'] as const;
export type HeatmapPivot = (typeof HEATMAP_PIVOTS)[number];
export const ROUTE_KINDS = ['direct', 'org', 'public'] as const;
export const HEATMAP_ROW_SORTS = ['name', 'access'] as const;
export const HEATMAP_COL_SORTS = ['name', 'reach'] as const;

/** A change to try without making it: a pending outbox edit, or a hypothetical one. */
export const WhatIfChangeSchema = z.discriminatedUnion('kind', [
  /** An outbox entry not yet synced: compare the workspace without it and with it. */
  z.strictObject({ kind: z.literal('pending'), entry: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('removeMember'), org: OrgRefSchema, user: UserRefSchema, revokeProjectPermissions: z.boolean().default(true) }),
  /** Raise, lower (level) or remove (null) an org's grant on a project. */
  z.strictObject({ kind: z.literal('setOrgGrant'), org: OrgRefSchema, project: ProjectRefSchema, level: GrantLevelSchema.nullable() }),
  z.strictObject({ kind: z.literal('setProjectAccess'), org: OrgRefSchema, user: UserRefSchema, projectAccess: LevelSchema }),
]);
export type WhatIfChange = z.infer<typeof WhatIfChangeSchema>;
export type WhatIfChangeInput = z.input<typeof WhatIfChangeSchema>;

const FILTER_TEXT = z.string().trim().max(200, 'at most 200 characters');

/** What is on screen: pivot, filters, sort and an optional what-if. Windows and exports take the same. */
export const HeatmapQuerySchema = z.strictObject({
  pivot: z.enum(HEATMAP_PIVOTS).default('users'),
  /** Rows: users by ID, name or email (orgs pivot: org ID or name). */
  text: FILTER_TEXT.default(''),
  /** Columns: projects by name or ID. */
  project: FILTER_TEXT.default(''),
  /** Users in this org (orgs pivot: this org only). */
  org: z.string().trim().min(1).optional(),
  /** Cells below this level are hidden, and rows and columns left without a cell. */
  minLevel: GrantLevelSchema.optional(),
  /** Keep cells whose winning route is one of these kinds (users pivot). */
  routes: z.array(z.enum(ROUTE_KINDS)).min(1, 'routes: pick at least one route kind, or leave the filter out').optional(),
  /** Users in more than one org (users pivot). */
  multiOrg: z.boolean().default(false),
  rowSort: z.enum(HEATMAP_ROW_SORTS).default('name'),
  colSort: z.enum(HEATMAP_COL_SORTS).default('name'),
  whatIf: WhatIfChangeSchema.optional(),
  /** With a what-if: only the rows and columns holding a cell that would change. */
  onlyChanged: z.boolean().default(false),
});
export type HeatmapQuery = z.output<typeof HeatmapQuerySchema>;
export type HeatmapQueryInput = z.input<typeof HeatmapQuerySchema>;

export const MAX_WINDOW_ROWS = 400;
export const MAX_WINDOW_COLS = 400;

const RangeSchema = (max: number, what: string) =>
  z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((r) => r.end >= r.start, { message: `${what}: end must not be before start` })
    .refine((r) => r.end - r.start <= max, { message: `${what}: at most ${max} per window` });

export const HeatmapWindowInputSchema = HeatmapQuerySchema.extend({
  rows: RangeSchema(MAX_WINDOW_ROWS, 'rows'),
  cols: RangeSchema(MAX_WINDOW_COLS, 'cols'),
});

export const HeatmapRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Users: orgs they belong to; orgs: members. */
  count: z.number().int(),
  /** Projects with a non-empty cell in this row under the current filters. */
  cells: z.number().int(),
});
export const HeatmapColSchema = z.object({ id: z.string(), name: z.string(), cells: z.number().int() });

export const HeatmapWindowSchema = z.object({
  /** Changes whenever the workspace changes; cached windows of another version are stale. */
  version: z.string(),
  pivot: z.enum(HEATMAP_PIVOTS),
  totalRows: z.number().int(),
  totalCols: z.number().int(),
  /** Size of the whole workspace, to say "12 of 20,000 users". */
  allRows: z.number().int(),
  allCols: z.number().int(),
  rowStart: z.number().int(),
  colStart: z.number().int(),
  rows: z.array(HeatmapRowSchema),
  cols: z.array(HeatmapColSchema),
  /** One string per row, one character per column (decodeHeatmapCell). */
  cells: z.array(z.string()),
  /** Per row: for each cell won by an org route, in column order, an index into `orgs`. */
  via: z.array(z.array(z.number().int())),
  orgs: z.array(z.string()),
  /** What-if cells inside this window, flattened: row offset, column offset, level before, level after (ranks). */
  changes: z.array(z.number().int()),
  /** With a what-if: how many cells change in the whole layout. */
  changedTotal: z.number().int(),
});
export type HeatmapWindow = z.infer<typeof HeatmapWindowSchema>;

export const WhatIfGroupSchema = z.object({
  project: z.string(),
  projectName: z.string(),
  from: LevelSchema,
  to: LevelSchema,
  count: z.number().int(),
  /** The first users (orgs pivot: still users) in ID order; `count` is the full number. */
  users: z.array(z.string()),
});
export type WhatIfGroup = z.infer<typeof WhatIfGroupSchema>;

export const WhatIfResultSchema = z.object({
  description: z.string(),
  /** What the comparison cannot show, said plainly (null when it shows everything). */
  note: z.string().nullable(),
  cells: z.number().int(),
  users: z.number().int(),
  projects: z.number().int(),
  groups: z.array(WhatIfGroupSchema),
});
export type WhatIfResult = z.infer<typeof WhatIfResultSchema>;

export const OrgCellSchema = z.object({
  org: z.string(),
  orgName: z.string(),
  project: z.string(),
  projectName: z.string(),
  granted: LevelSchema,
  members: z.number().int(),
  /** Members grouped by role and cap: what the org route gives each group. */
  groups: z.array(
    z.object({
      role: z.enum(['ADMIN', 'MEMBER']),
      cap: LevelSchema,
      gives: LevelSchema,
      capped: z.boolean(),
      count: z.number().int(),
      users: z.array(z.string()),
    }),
  ),
});
export type OrgCell = z.infer<typeof OrgCellSchema>;

export const heatmapMethods = {
  'heatmap.window': { input: HeatmapWindowInputSchema, output: HeatmapWindowSchema },
  'heatmap.whatIf': { input: z.strictObject({ change: WhatIfChangeSchema }), output: WhatIfResultSchema },
  'heatmap.orgCell': { input: z.strictObject({ org: OrgRefSchema, project: ProjectRefSchema }), output: OrgCellSchema },
  'heatmap.exportCsv': { input: HeatmapQuerySchema, output: z.object({ name: z.string(), content: z.string() }) },
} as const;

// ---- cell codec ------------------------------------------------------------------------
// A cell is (level, winning route kind, flag). The flag means "more than one route gives
// access" (users pivot) or "some members are capped below the grant" (orgs pivot).

export interface HeatmapCellValue {
  level: Level;
  kind: RouteKind | null;
  flag: boolean;
}

const CELL_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCD';
const KIND_CODES: readonly (RouteKind | null)[] = [null, 'direct', 'org', 'public'];

/** Packs rank (0-4), kind code (0 none, 1 direct, 2 org, 3 public) and flag into 0..39. */
export function heatmapCellCode(rank: number, kindCode: number, flag: boolean): number {
  return rank + 5 * kindCode + (flag ? 20 : 0);
}

export function heatmapCellChar(code: number): string {
  const c = CELL_ALPHABET[code];
  if (c === undefined) throw new RangeError(`heatmap cell code out of range: ${code}`);
  return c;
}

export const HEATMAP_EMPTY_CELL = CELL_ALPHABET[0] as string;

export function encodeHeatmapCell(cell: HeatmapCellValue): string {
  const kind = KIND_CODES.indexOf(cell.kind);
  return heatmapCellChar(heatmapCellCode(LEVELS.indexOf(cell.level), kind < 0 ? 0 : kind, cell.flag));
}

export function decodeHeatmapCell(char: string): HeatmapCellValue {
  const code = CELL_ALPHABET.indexOf(char);
  if (code < 0 || char.length !== 1) throw new RangeError(`not a heatmap cell: ${JSON.stringify(char)}`);
  const rest = code % 20;
  return { level: LEVELS[rest % 5] ?? 'NONE', kind: KIND_CODES[Math.floor(rest / 5)] ?? null, flag: code >= 20 };
}

/** One window row as cells with the org each org-won cell comes through. */
export function decodeHeatmapRow(cells: string, via: readonly number[], orgs: readonly string[]): Array<HeatmapCellValue & { org?: string }> {
  const out: Array<HeatmapCellValue & { org?: string }> = [];
  let v = 0;
  for (const ch of cells) {
    const cell = decodeHeatmapCell(ch);
    if (cell.kind === 'org' && cell.level !== 'NONE') {
      const org = orgs[via[v++] ?? -1];
      out.push(org === undefined ? cell : { ...cell, org });
    } else out.push(cell);
  }
  return out;
}
