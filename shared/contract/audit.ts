// Contract: access-state snapshots (list, take on demand) and the diff between two snapshots
// or a snapshot and now, structural and effective. Shapes only; the Audit UI and the CLI both
// read these. Later changes only add fields (see /tmp/design/contract-changes.md).
import { z } from 'zod';
import { GrantLevelSchema, LevelSchema } from '../domain/levels';
import { AccessRouteSchema, AppRouteSchema, Empty } from './common';

export const SNAPSHOT_SOURCES = ['pull', 'manual', 'migration'] as const;

export const SnapshotSummarySchema = z.object({
  id: z.number().int(),
  /** Epoch milliseconds. */
  takenAt: z.number().int(),
  source: z.enum(SNAPSHOT_SOURCES),
  label: z.string().nullable(),
  /** sha256 (hex) of the canonical fact list: equal states have equal hashes. */
  hash: z.string(),
  /** Facts in the state (users, orgs, memberships, projects, grants, apps, app lists). */
  factCount: z.number().int(),
  /** Facts stored for this snapshot: those that differ from the previous snapshot (0 = nothing changed). */
  changeCount: z.number().int(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

/** What a structural change is about. */
export const STRUCTURAL_KINDS = ['user', 'org', 'membership', 'project', 'settings', 'grant', 'app', 'appDeveloper', 'appAuthorization'] as const;
export type StructuralKind = (typeof STRUCTURAL_KINDS)[number];
/** What happened to one (user, project) or (user, app) pair. `capabilities`: same level, other capabilities (a settings flip). */
export const EFFECT_KINDS = ['granted', 'revoked', 'raised', 'lowered', 'capabilities'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];
export const DIFF_KINDS = [...STRUCTURAL_KINDS, ...EFFECT_KINDS] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export const CAPABILITY_KEYS = ['view', 'copy', 'download', 'upload', 'modify', 'runApps', 'delete', 'administer'] as const;
/** "Who gained X": a level (reached or passed) or a capability after the project's overrides. */
export const GAINED_VALUES = [...GrantLevelSchema.options, ...CAPABILITY_KEYS] as const;

const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const StructuralChangeSchema = z.object({
  kind: z.enum(STRUCTURAL_KINDS),
  change: z.enum(['added', 'removed', 'changed']),
  /** The snapshot fact key (e.g. member:org-lab:user-c); effective changes point here via causedBy. */
  key: z.string(),
  org: z.string().optional(),
  user: z.string().optional(),
  project: z.string().optional(),
  app: z.string().optional(),
  /** Grants and app lists: who the grant or authorization is for (user, org or PUBLIC). */
  principal: z.string().optional(),
  /** Display name of the project, app, org or user the change is about (from whichever side has it). */
  name: z.string().optional(),
  /** Every field that differs; on added/removed every field of the record (the missing side null). */
  fields: z.array(z.object({ field: z.string(), label: z.string(), before: FieldValueSchema, after: FieldValueSchema })),
  /** One readable line: "user-c removed from org-lab (MEMBER, projectAccess CONTRIBUTE)". */
  summary: z.string(),
});
export type StructuralChange = z.infer<typeof StructuralChangeSchema>;

export const EffectiveChangeSchema = z.object({
  user: z.string(),
  userName: z.string(),
  project: z.string(),
  projectName: z.string(),
  change: z.enum(EFFECT_KINDS),
  before: LevelSchema,
  after: LevelSchema,
  routesBefore: z.array(AccessRouteSchema),
  routesAfter: z.array(AccessRouteSchema),
  /** The route that made the difference: the winning route lost (revoked, lowered) or won (granted, raised). */
  cause: AccessRouteSchema.nullable(),
  /** Readable: "lost UPLOAD via org-lab (membership removed)". */
  causeSummary: z.string(),
  /** Keys of the structural changes behind it. */
  causedBy: z.array(z.string()),
  capabilitiesGained: z.array(z.enum(CAPABILITY_KEYS)),
  capabilitiesLost: z.array(z.enum(CAPABILITY_KEYS)),
});
export type EffectiveChange = z.infer<typeof EffectiveChangeSchema>;

export const AppAccessChangeSchema = z.object({
  user: z.string(),
  userName: z.string(),
  app: z.string(),
  appName: z.string(),
  change: z.enum(['granted', 'revoked']),
  routesBefore: z.array(AppRouteSchema),
  routesAfter: z.array(AppRouteSchema),
  cause: AppRouteSchema.nullable(),
  causeSummary: z.string(),
  causedBy: z.array(z.string()),
});
export type AppAccessChange = z.infer<typeof AppAccessChangeSchema>;

export const DiffSideSchema = z.object({
  kind: z.enum(['snapshot', 'now']),
  /** null for now. */
  id: z.number().int().nullable(),
  hash: z.string(),
  /** null for now. */
  takenAt: z.number().int().nullable(),
  source: z.enum(SNAPSHOT_SOURCES).nullable(),
  label: z.string().nullable(),
});
export type DiffSide = z.infer<typeof DiffSideSchema>;

export const DiffFiltersSchema = z.strictObject({
  /** User id, handle or email the workspace knows. */
  user: z.string().trim().min(1).optional(),
  org: z.string().trim().min(1).optional(),
  /** Project id or exact name. */
  project: z.string().trim().min(1).optional(),
  /** App id or name. */
  app: z.string().trim().min(1).optional(),
  /** Keep only items of these kinds: structural kinds match structural changes, effect kinds match effective and app changes. */
  kinds: z.array(z.enum(DIFF_KINDS)).min(1).optional(),
  /** Keep only pairs that gained this level (from below it to at least it) or this capability. */
  gained: z.enum(GAINED_VALUES).optional(),
});
export type DiffFilters = z.infer<typeof DiffFiltersSchema>;

export const DiffSchema = z.object({
  from: DiffSideSchema,
  to: DiffSideSchema,
  /** Same hash on both sides: nothing access-relevant changed. */
  identical: z.boolean(),
  filters: DiffFiltersSchema,
  structural: z.array(StructuralChangeSchema),
  effective: z.array(EffectiveChangeSchema),
  apps: z.array(AppAccessChangeSchema),
  /** Counts after filtering. */
  summary: z.object({
    structural: z.number().int(),
    granted: z.number().int(),
    revoked: z.number().int(),
    raised: z.number().int(),
    lowered: z.number().int(),
    capabilities: z.number().int(),
    appsGranted: z.number().int(),
    appsRevoked: z.number().int(),
    /** Users whose effective access was recomputed (those touched by structural changes). */
    usersExamined: z.number().int(),
  }),
});
export type Diff = z.infer<typeof DiffSchema>;

export const SnapshotRefSchema = z.number().int().positive();

export const DiffInputSchema = z.strictObject({
  from: SnapshotRefSchema,
  to: z.union([SnapshotRefSchema, z.literal('now')]),
  filters: DiffFiltersSchema.default({}),
});

export const auditMethods = {
  'snapshots.list': {
    input: Empty,
    output: z.object({ snapshots: z.array(SnapshotSummarySchema), storedChanges: z.number().int(), storedBytes: z.number().int() }),
  },
  'snapshots.take': {
    input: z.strictObject({ label: z.string().trim().min(1).max(200).optional() }),
    output: SnapshotSummarySchema,
  },
  'snapshots.diff': { input: DiffInputSchema, output: DiffSchema },
  /** The same diff as CSV (what `orgdesk diff --csv` prints): UTF-8 with BOM, CRLF. */
  'snapshots.diffCsv': { input: DiffInputSchema, output: z.object({ name: z.string(), content: z.string() }) },
} as const;

export const auditEvents = {
  /** A snapshot was recorded (after a pull, or on demand). */
  'snapshots.recorded': { payload: SnapshotSummarySchema },
} as const;
