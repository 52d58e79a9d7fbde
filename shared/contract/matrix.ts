// Contract: the membership matrix in a compact columnar shape (matrix.load) and the CSV of what
// the matrix shows (exports.matrix). At 20k users x 200 orgs the row-of-objects shape of
// members.matrix is ~8 MB of JSON; here each membership is three integers, so it ships in ~1 MB.
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';
import { CsvDocumentSchema } from './imports';

/**
 * One membership cell as an integer: bit 0 ADMIN, bit 1 allowBillableActivities, bit 2
 * appAccess, bits 3-5 projectAccess (index in LEVELS), bit 6 an unsynced edit. Decoded by
 * shared/contract/matrixFilter.ts (decodeMatrixCell), the only place that knows the bits.
 */
export const CellCodeSchema = z.number().int().min(0).max(127);

export const CompactMatrixSchema = z.object({
  /** Column order: every org, by id. */
  orgs: z.object({ ids: z.array(z.string()), names: z.array(z.string()) }),
  /** Every user with at least one membership, in display-name order (case-insensitive, then id); parallel arrays. */
  users: z.object({ ids: z.array(z.string()), names: z.array(z.string()), emails: z.array(z.string()) }),
  /** Memberships as parallel arrays sorted by user index: cells.user[i] is in cells.org[i] with cells.code[i]. */
  cells: z.object({ user: z.array(z.number().int()), org: z.array(z.number().int()), code: z.array(CellCodeSchema) }),
});
export type CompactMatrix = z.infer<typeof CompactMatrixSchema>;

export const MATRIX_SORT_KEYS = ['name', 'orgCount', 'org'] as const;

/** What the matrix shows: the same query drives the screen and the export, so they agree. */
export const MatrixQuerySchema = z.strictObject({
  /** Matches user name, handle or email, case-insensitive. */
  text: z.string().default(''),
  /** Visible org columns (ids); omitted = every org. */
  orgs: z.array(z.string()).optional(),
  /** Keep users with a visible membership at this level. */
  level: OrgLevelSchema.optional(),
  /** Keep users in more than one visible org. */
  multiOrg: z.boolean().default(false),
  /** Keep users with a billable visible membership. */
  billable: z.boolean().default(false),
  /** Keep users with a visible membership whose projectAccess is below this level. */
  projectAccessBelow: LevelSchema.optional(),
  sort: z
    .strictObject({
      by: z.enum(MATRIX_SORT_KEYS),
      /** The org column for by = 'org'. */
      org: z.string().optional(),
      dir: z.enum(['asc', 'desc']).default('asc'),
    })
    .default({ by: 'name', dir: 'asc' }),
});
export type MatrixQuery = z.output<typeof MatrixQuerySchema>;
export type MatrixQueryInput = z.input<typeof MatrixQuerySchema>;

export const matrixMethods = {
  'matrix.load': { input: z.strictObject({}), output: CompactMatrixSchema },
  'exports.matrix': { input: MatrixQuerySchema, output: CsvDocumentSchema },
} as const;
