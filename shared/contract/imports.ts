// Contract: CSV member import (read, plan as a dry-run diff, apply through the outbox, undo)
// and the CSV exports (csv-import.md). Files travel as bytes so the reader, not the transport,
// decides the encoding; plans are kept in main by id so a 100k-row preview pages, not ships.
import { z } from 'zod';
import { LevelSchema, OrgLevelSchema } from '../domain/levels';
import { DecisionSchema, ProjectLevelChangeSchema } from './common';

export const IMPORT_FIELDS = [
  'org',
  'user',
  'level',
  'allowBillableActivities',
  'appAccess',
  'projectAccess',
  'action',
  'revokeProjectPermissions',
  'revokeAppPermissions',
  // Undo files: direct grants a removal revoked, restored when the member is added back.
  'restoreProjectGrants',
  'restoreAppAuthorizations',
] as const;
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportFieldSchema>;

export const ImportEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
export const ImportDelimiterSchema = z.enum([',', ';', '\t']);

export const ImportOptionsSchema = z.strictObject({
  onExisting: z.enum(['update', 'skip', 'fail']).default('update'),
  /** Overrides of what the reader detected; omitted = detected. */
  encoding: ImportEncodingSchema.optional(),
  delimiter: ImportDelimiterSchema.optional(),
  /** Header text (as in the file) -> field, or null to ignore that column. */
  mapping: z.record(z.string(), ImportFieldSchema.nullable()).optional(),
});
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

export const ImportProblemSchema = z.object({
  /** The spreadsheet row number (header = 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportChangeSchema = z.object({
  field: z.string(),
  from: z.union([z.string(), z.boolean(), z.null()]),
  to: z.union([z.string(), z.boolean(), z.null()]),
});

export const ImportRowPlanSchema = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update', 'unchanged', 'remove', 'skip', 'error']),
  org: z.string().nullable(),
  user: z.string().nullable(),
  level: OrgLevelSchema.nullable(),
  changes: z.array(ImportChangeSchema),
  errors: z.array(ImportProblemSchema),
  warnings: z.array(ImportProblemSchema),
});
export type ImportRowPlan = z.infer<typeof ImportRowPlanSchema>;

export const ImportSummarySchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  remove: z.number().int(),
  skip: z.number().int(),
  error: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ImportFileInfoSchema = z.object({
  name: z.string(),
  bytes: z.number().int(),
  encoding: ImportEncodingSchema,
  bom: z.boolean(),
  delimiter: ImportDelimiterSchema,
  rowCount: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: ImportFieldSchema.nullable() })),
  /** File-level problems: Excel damage (scientific-notation IDs, smart quotes), ragged rows… */
  warnings: z.array(ImportProblemSchema),
});

export const ImportImpactSchema = z.object({
  users: z.array(
    z.object({
      user: z.string(),
      projects: z.array(ProjectLevelChangeSchema),
      apps: z.array(z.object({ app: z.string(), name: z.string(), from: z.boolean(), to: z.boolean() })),
    }),
  ),
  /** True when the impact was cut short for a very large plan (counts stay exact). */
  truncated: z.boolean(),
});

export const ImportPlanSchema = z.object({
  planId: z.string(),
  file: ImportFileInfoSchema,
  options: z.object({ onExisting: z.enum(['update', 'skip', 'fail']) }),
  summary: ImportSummarySchema,
  /** The first page of rows (see imports.rows for more). */
  rows: z.array(ImportRowPlanSchema),
  totalRows: z.number().int(),
  impact: ImportImpactSchema,
  /** Apply without partial is allowed only when no row is in error. */
  canApply: DecisionSchema,
  canApplyPartial: DecisionSchema,
});
export type ImportPlan = z.infer<typeof ImportPlanSchema>;

export const CsvDocumentSchema = z.object({ name: z.string(), content: z.string() });

export const importMethods = {
  'imports.plan': {
    input: z.strictObject({
      fileName: z.string().min(1),
      /** The file's bytes, base64. */
      contentBase64: z.string(),
      options: ImportOptionsSchema.default({ onExisting: 'update' }),
      rowLimit: z.number().int().min(0).max(10_000).default(500),
    }),
    output: ImportPlanSchema,
  },
  'imports.rows': {
    input: z.strictObject({
      planId: z.string(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(10_000).default(500),
      errorsOnly: z.boolean().default(false),
    }),
    output: z.object({ rows: z.array(ImportRowPlanSchema), total: z.number().int() }),
  },
  'imports.apply': {
    input: z.strictObject({ planId: z.string(), partial: z.boolean().default(false) }),
    output: z.object({
      summary: ImportSummarySchema,
      /** Outbox entries queued (one transaction). */
      queued: z.number().int(),
      /** The inverse plan as a CSV that imports like any other file. */
      undo: CsvDocumentSchema,
      /** Where the undo file was written, next to the workspace. */
      undoPath: z.string(),
    }),
  },
  /** The failing rows as given plus an error column, to fix and re-import. */
  'imports.errorsCsv': { input: z.strictObject({ planId: z.string() }), output: CsvDocumentSchema },
  'imports.template': { input: z.strictObject({ prefilled: z.boolean().default(false), org: z.string().optional() }), output: CsvDocumentSchema },
  'exports.members': { input: z.strictObject({ org: z.string().optional() }), output: CsvDocumentSchema },
  'exports.access': { input: z.strictObject({ user: z.string().optional(), project: z.string().optional() }), output: CsvDocumentSchema },
} as const;

/** Level values accepted in a file, for messages. */
export const IMPORT_LEVELS = LevelSchema.options;
