// Contract: access reports (a scope at a snapshot, as rows, CSV or a self-contained HTML file)
// and the access review (reviewable rows, decisions -> a plan of edits on the import's
// plan/apply path, apply, evidence CSV). Fields may be added; none removed or renamed.
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';
import { AccessRouteSchema, AppRouteSchema, DecisionSchema, OrgRefSchema, ProjectLevelChangeSchema, ProjectRefSchema, UserRefSchema } from './common';
import { CsvDocumentSchema, ImportRowPlanSchema, ImportSummarySchema } from './imports';

/** Who the report or review covers. References are resolved like everywhere else (ID or name). */
export const ReportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('org'), org: OrgRefSchema }),
  z.strictObject({ kind: z.literal('project'), project: ProjectRefSchema }),
  z.strictObject({ kind: z.literal('user'), user: UserRefSchema }),
]);
export type ReportScope = z.infer<typeof ReportScopeSchema>;

/** 'now' = the live workspace; a number = a snapshot id (`orgdesk snapshots`). */
export const ReportAtSchema = z.union([z.literal('now'), z.number().int().positive()]);
export type ReportAt = z.infer<typeof ReportAtSchema>;

export const ReportFormatSchema = z.enum(['rows', 'csv', 'html']);

/** What the report was computed from, and the content hash that identifies that state. */
export const ReportMetaSchema = z.object({
  title: z.string(),
  /** The scope resolved: kind, ID and display name ('all' has id '' and name 'Everything'). */
  scope: z.object({ kind: z.enum(['all', 'org', 'project', 'user']), id: z.string(), name: z.string() }),
  at: ReportAtSchema,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('now') }),
    z.object({ kind: z.literal('snapshot'), id: z.number().int(), hash: z.string(), takenAt: z.number() }),
  ]),
  /** Content hash of the access state, computed as snapshots compute it (`orgdesk snapshots`). */
  hash: z.string(),
  /** When the report was produced (ms since epoch). */
  generatedAt: z.number(),
  generatedBy: z.string().nullable(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

export const ReportAccessRowSchema = z.object({
  user: z.string(),
  userName: z.string(),
  project: z.string(),
  projectName: z.string(),
  level: LevelSchema,
  routes: z.array(AccessRouteSchema),
  /** The winning route in words: "UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)". */
  how: z.string(),
  /** Short form of the winning route: direct | via org-lab (cap CONTRIBUTE) | admin of org-lab | public. */
  via: z.string(),
});
export type ReportAccessRow = z.infer<typeof ReportAccessRowSchema>;

export const ReportOverrideSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** The choice as the settings tab words it ("No one"). */
  value: z.string(),
  isDefault: z.boolean(),
});

export const ReportProjectSchema = z.object({
  project: z.string(),
  name: z.string(),
  billTo: z.string(),
  isPublic: z.boolean(),
  grants: z.array(z.object({ principal: z.string(), level: LevelSchema })),
  /** Copy / Delete / Download access as the settings tab labels them. */
  overrides: z.array(ReportOverrideSchema),
  /** Other restrictions in force (containsPHI, previewViewerRestricted, …), only those set. */
  restrictions: z.array(z.string()),
});
export type ReportProject = z.infer<typeof ReportProjectSchema>;

export const ReportMemberSchema = z.object({
  org: z.string(),
  orgName: z.string(),
  user: z.string(),
  userName: z.string(),
  level: OrgLevelSchema,
  allowBillableActivities: z.boolean(),
  appAccess: z.boolean(),
  projectAccess: LevelSchema,
});
export type ReportMember = z.infer<typeof ReportMemberSchema>;

export const ReportAppRowSchema = z.object({
  user: z.string(),
  userName: z.string(),
  app: z.string(),
  appName: z.string(),
  allowed: z.boolean(),
  routes: z.array(AppRouteSchema),
  how: z.string(),
});
export type ReportAppRow = z.infer<typeof ReportAppRowSchema>;

export const AccessReportSchema = z.object({
  meta: ReportMetaSchema,
  access: z.array(ReportAccessRowSchema),
  projects: z.array(ReportProjectSchema),
  /** Org scope: the org's members; user scope: the user's memberships; all: every membership. */
  members: z.array(ReportMemberSchema),
  /** App access that comes via an org (and, for a user scope, every route of that user). */
  apps: z.array(ReportAppRowSchema),
});
export type AccessReport = z.infer<typeof AccessReportSchema>;

// ---- access review ----

export const ReviewDecisionKindSchema = z.enum(['keep', 'reduce', 'revoke']);
export type ReviewDecisionKind = z.infer<typeof ReviewDecisionKindSchema>;

/** A reviewable row: (user, project) with level and route, or (user, org) with level and flags. */
export const ReviewRowSchema = z.object({
  /** Stable key: `project:<project>:<user>` or `org:<org>:<user>`. */
  key: z.string(),
  kind: z.enum(['project', 'org']),
  user: z.string(),
  userName: z.string(),
  project: z.string().nullable(),
  projectName: z.string().nullable(),
  org: z.string().nullable(),
  orgName: z.string().nullable(),
  /** Project rows: the effective level; org rows: ADMIN or MEMBER. */
  level: z.union([LevelSchema, OrgLevelSchema]),
  routes: z.array(AccessRouteSchema),
  flags: z.object({ allowBillableActivities: z.boolean(), appAccess: z.boolean(), projectAccess: LevelSchema }).nullable(),
  how: z.string(),
  /** Levels a `reduce` may choose for this row (lower than now). */
  reduceTo: z.array(z.union([LevelSchema, OrgLevelSchema])),
  /** Project rows only: why the row can only be reduced through a membership (null when a direct change suffices). */
  viaOrgNote: z.string().nullable(),
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;

export const ReviewDecisionSchema = z.strictObject({
  user: UserRefSchema,
  /** Exactly one of project and org. */
  project: ProjectRefSchema.optional(),
  org: OrgRefSchema.optional(),
  decision: ReviewDecisionKindSchema,
  /** reduce: the target level (project rows: VIEW…CONTRIBUTE; org rows: MEMBER or a projectAccess level). */
  level: z.union([LevelSchema, OrgLevelSchema]).optional(),
  comment: z.string().default(''),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ReviewEditSchema = z.object({
  kind: z.enum(['unshare', 'lowerGrant', 'memberUpdate', 'memberRemove']),
  summary: z.string(),
});

export const ReviewFixSchema = z.object({
  org: z.string(),
  user: z.string(),
  decision: ReviewDecisionKindSchema,
  level: z.union([LevelSchema, OrgLevelSchema]).optional(),
  summary: z.string(),
});

export const ReviewPlanRowSchema = z.object({
  /** 1-based position of the decision (the decisions CSV's row number when planned from a file). */
  row: z.number().int(),
  key: z.string(),
  kind: z.enum(['project', 'org']),
  user: z.string(),
  project: z.string().nullable(),
  org: z.string().nullable(),
  decision: ReviewDecisionKindSchema,
  level: z.union([LevelSchema, OrgLevelSchema]).nullable(),
  comment: z.string(),
  /** edit: edits planned; keep: nothing to do; unchanged: already at or below the target; blocked / error: see message. */
  status: z.enum(['edit', 'keep', 'unchanged', 'blocked', 'error']),
  edits: z.array(ReviewEditSchema),
  message: z.string().nullable(),
  /** Blocked project rows: the membership changes that would achieve the decision. */
  fixes: z.array(ReviewFixSchema),
  /** What the row showed at the reviewed snapshot, for the evidence file. */
  reviewed: z.object({ level: z.string(), how: z.string() }),
});
export type ReviewPlanRow = z.infer<typeof ReviewPlanRowSchema>;

export const ReviewSummarySchema = z.object({
  keep: z.number().int(),
  edit: z.number().int(),
  unchanged: z.number().int(),
  blocked: z.number().int(),
  error: z.number().int(),
});

export const ReviewPlanSchema = z.object({
  planId: z.string(),
  meta: ReportMetaSchema,
  summary: ReviewSummarySchema,
  rows: z.array(ReviewPlanRowSchema),
  /** The membership part as import rows (the same plan the CSV import makes). */
  memberships: z.object({ summary: ImportSummarySchema, rows: z.array(ImportRowPlanSchema) }),
  /** Who loses what when the plan is applied. */
  impact: z.array(z.object({ user: z.string(), projects: z.array(ProjectLevelChangeSchema), apps: z.array(z.object({ app: z.string(), name: z.string(), from: z.boolean(), to: z.boolean() })) })),
  canApply: DecisionSchema,
  canApplyPartial: DecisionSchema,
});
export type ReviewPlan = z.infer<typeof ReviewPlanSchema>;

export const reportMethods = {
  'reports.access': {
    input: z.strictObject({
      scope: ReportScopeSchema,
      at: ReportAtSchema.default('now'),
      format: ReportFormatSchema.default('rows'),
    }),
    output: z.object({
      meta: ReportMetaSchema,
      /** Present for format 'rows'. */
      report: AccessReportSchema.nullable(),
      /** Present for 'csv' and 'html': the file to save (HTML is self-contained and printable). */
      document: CsvDocumentSchema.extend({ mimeType: z.string() }).nullable(),
    }),
  },
  'reviews.rows': {
    input: z.strictObject({ scope: ReportScopeSchema, at: ReportAtSchema.default('now') }),
    output: z.object({ meta: ReportMetaSchema, rows: z.array(ReviewRowSchema) }),
  },
  /** A decisions CSV to fill in a spreadsheet: every reviewable row with blank decision cells. */
  'reviews.template': {
    input: z.strictObject({ scope: ReportScopeSchema, at: ReportAtSchema.default('now') }),
    output: CsvDocumentSchema,
  },
  'reviews.plan': {
    input: z.strictObject({
      scope: ReportScopeSchema,
      at: ReportAtSchema.default('now'),
      decisions: z.array(ReviewDecisionSchema).min(1, 'decisions: at least one decision is required'),
    }),
    output: ReviewPlanSchema,
  },
  /** Plan from a decisions CSV (columns scope, at, user, project, org, decision, level, comment). */
  'reviews.planCsv': {
    input: z.strictObject({
      fileName: z.string().min(1),
      content: z.string(),
      /** Overrides the file's `at` column. */
      at: ReportAtSchema.optional(),
    }),
    output: ReviewPlanSchema,
  },
  'reviews.apply': {
    input: z.strictObject({ planId: z.string(), partial: z.boolean().default(false) }),
    output: z.object({
      summary: ReviewSummarySchema,
      /** Outbox entries queued (one transaction). */
      queued: z.number().int(),
      evidence: CsvDocumentSchema,
      /** Where the evidence file was written, next to the workspace. */
      evidencePath: z.string(),
    }),
  },
  /** The evidence CSV of a plan (before apply it records the decisions as not applied). */
  'reviews.evidence': { input: z.strictObject({ planId: z.string() }), output: CsvDocumentSchema },
} as const;
