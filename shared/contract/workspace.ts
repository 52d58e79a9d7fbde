// Contract: the workspace itself (which file, who is acting, demo set-up) and users.
import { z } from 'zod';
import { Empty } from './common';
import { VIEWS } from './views';

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  actingUser: z.string().nullable(),
  actingUserName: z.string().nullable(),
  platformUrl: z.string().nullable(),
  isEmpty: z.boolean(),
  pendingEdits: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

export const UserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  first: z.string(),
  last: z.string(),
  /** "Ada Adams", or the ID when the platform gave no name. */
  name: z.string(),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const workspaceMethods = {
  'workspace.info': { input: Empty, output: WorkspaceInfoSchema },
  'workspace.openDemo': { input: Empty, output: WorkspaceInfoSchema },
  'users.list': {
    input: z.strictObject({
      query: z.string().optional(),
      limit: z.number().int().min(1).max(50_000).optional(),
    }),
    output: z.object({ users: z.array(UserViewSchema), total: z.number().int() }),
  },
} as const;

// Recovery: a workspace that fails its integrity check opens in recovery mode, where only
// these methods work; the app offers the backups instead of silently starting empty.
export const BackupViewSchema = z.object({
  /** File name in <workspace dir>/backups, e.g. "workspace-20260102-030405123-v2.db". */
  name: z.string(),
  createdAt: z.number().int(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
});
export type BackupView = z.infer<typeof BackupViewSchema>;

export const RecoveryStatusSchema = z.object({
  /** ok: the workspace opened normally; damaged: recovery mode. */
  state: z.enum(['ok', 'damaged']),
  path: z.string(),
  /** What the integrity check (or opening) reported; null when ok. */
  problem: z.string().nullable(),
  /** Newest first. */
  backups: z.array(BackupViewSchema),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatusSchema>;

export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9._ -]+-\d{8}-\d{9}-v\d+\.db$/;

export const recoveryMethods = {
  'workspace.recovery': { input: Empty, output: RecoveryStatusSchema },
  'workspace.restoreBackup': {
    input: z.strictObject({
      backup: z.string().regex(BACKUP_NAME_PATTERN, 'backup must be the file name of a backup listed by workspace.recovery'),
    }),
    output: z.object({ restored: z.string(), setAside: z.string().nullable() }),
  },
  /** Recovery only: moves the damaged file aside (kept, not deleted) and opens a new, empty workspace. */
  'workspace.startFresh': { input: Empty, output: z.object({ setAside: z.string().nullable() }) },
} as const;

/** Commands the desktop menu sends to the window (one validated event, never free text). */
export const MENU_VIEWS = VIEWS;
export const APP_COMMANDS = [
  'palette',
  'find',
  'undoEdit',
  'connect',
  'syncNow',
  'exportMembers',
  'exportAccess',
  'importCsv',
  ...MENU_VIEWS.map((v) => `view.${v}` as const),
] as const;
export const AppCommandSchema = z.enum(APP_COMMANDS);
export type AppCommand = z.infer<typeof AppCommandSchema>;

export const appEvents = {
  'app.commandRequested': { payload: z.object({ command: AppCommandSchema }) },
} as const;
