// Contract: one change applied to many memberships (matrix cells) at once. The preview lists
// per-cell refusals and who gains or loses which projects and apps; apply re-checks in the
// same transaction and queues every changed membership, or nothing when any cell is refused.
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';
import { AppChangeSchema, DecisionSchema, OrgRefSchema, ProjectLevelChangeSchema, UserRefSchema } from './common';
import { MemberFlagsViewSchema } from './orgs';

export const BulkCellSchema = z.strictObject({ org: OrgRefSchema, user: UserRefSchema });
export type BulkCell = z.infer<typeof BulkCellSchema>;

export const BulkChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('set'),
    level: OrgLevelSchema.optional(),
    allowBillableActivities: z.boolean().optional(),
    appAccess: z.boolean().optional(),
    projectAccess: LevelSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('remove'),
    revokeProjectPermissions: z.boolean().default(true),
    revokeAppPermissions: z.boolean().default(true),
  }),
]);
export type BulkChange = z.output<typeof BulkChangeSchema>;
export type BulkChangeInput = z.input<typeof BulkChangeSchema>;

export const MAX_BULK_CELLS = 50_000;

export const BulkInputSchema = z.strictObject({
  cells: z.array(BulkCellSchema).min(1, 'select at least one cell').max(MAX_BULK_CELLS, `at most ${MAX_BULK_CELLS} cells in one bulk edit`),
  change: BulkChangeSchema,
});

export const BulkCellNoteSchema = z.object({ org: z.string(), user: z.string(), reason: z.string() });
export type BulkCellNote = z.infer<typeof BulkCellNoteSchema>;

export const BulkEditSchema = z.object({
  org: z.string(),
  user: z.string(),
  name: z.string(),
  before: MemberFlagsViewSchema,
  /** Null for a removal. */
  after: MemberFlagsViewSchema.nullable(),
});

export const BulkPreviewSchema = z.object({
  /** Cells that would change (one outbox entry each). */
  edits: z.array(BulkEditSchema),
  /** Cells already as asked: nothing is queued for them. */
  unchanged: z.number().int(),
  /** Empty cells (not a member): a bulk edit changes existing memberships only. */
  skipped: z.array(BulkCellNoteSchema),
  /** Cells the acting user may not change this way, with the rule; any refusal blocks apply. */
  refused: z.array(BulkCellNoteSchema),
  impact: z.object({
    users: z.array(
      z.object({
        user: z.string(),
        name: z.string(),
        projects: z.array(ProjectLevelChangeSchema),
        apps: z.array(AppChangeSchema),
      }),
    ),
    /** True when the impact was worked out for the first users only (counts of edits stay exact). */
    truncated: z.boolean(),
  }),
  canApply: DecisionSchema,
});
export type BulkPreview = z.infer<typeof BulkPreviewSchema>;

export const bulkMethods = {
  'members.previewBulk': { input: BulkInputSchema, output: BulkPreviewSchema },
  'members.applyBulk': {
    input: BulkInputSchema,
    output: z.object({ queued: z.number().int(), unchanged: z.number().int(), skipped: z.number().int() }),
  },
} as const;
