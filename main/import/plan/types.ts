// Shapes shared by validation, planning and apply: a validated file row and its planned
// outcome. The contract's ImportRowPlan plus what apply needs (current and next membership).
// Types only; no logic.
import type { ImportProblem, ImportRowPlan } from '../../../shared/contract/index';
import type { GrantLevel, Level, Membership, OrgLevel } from '../../../shared/domain/index';

export type RowAction = 'upsert' | 'add' | 'update' | 'remove';
export type OnExisting = 'update' | 'skip' | 'fail';

/** A row whose cells parsed (types only; references not yet resolved). */
export interface ParsedCells {
  org?: string | undefined;
  user?: string | undefined;
  level?: OrgLevel | undefined;
  allowBillableActivities?: boolean | undefined;
  appAccess?: boolean | undefined;
  projectAccess?: Level | undefined;
  action: RowAction;
  revokeProjectPermissions: boolean;
  revokeAppPermissions: boolean;
  restoreProjectGrants?: Array<{ project: string; level: GrantLevel }> | undefined;
  restoreAppAuthorizations?: string[] | undefined;
}

/** A row after validation against the workspace: resolved IDs, or the reasons it failed. */
export interface ValidatedRow {
  row: number;
  cells: ParsedCells;
  org: string | null;
  user: string | null;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface RemovalOptions {
  revokeProjectPermissions: boolean;
  revokeAppPermissions: boolean;
}

/**
 * One planned row: the contract's view without `changes` (derived from current/next by
 * rowChanges when a row is shown, so a 100k-row plan does not hold 400k change objects).
 */
export interface PlannedRow extends Omit<ImportRowPlan, 'changes'> {
  current: Membership | null;
  next: Membership | null;
  removal: RemovalOptions | null;
  /** Direct grants this row gives back (an undo file re-adding a removed member); only the missing ones. */
  restore: RowRestore | null;
}

/** What an undo row restores beside the membership: what a removal's revoke* options deleted. */
export interface RowRestore {
  projects: Array<{ project: string; name: string; level: GrantLevel; from: GrantLevel | null }>;
  apps: Array<{ app: string; name: string }>;
}

export interface WorkspaceLookup {
  orgExists(id: string): boolean;
  userById(id: string): boolean;
  usersByEmail(email: string): string[];
  membership(org: string, user: string): Membership | undefined;
  /** ADMIN count per org as the workspace stands. */
  adminCount(org: string): number;
  actorMembership(org: string): Membership | undefined;
  /** Projects and apps named by restore cells (undo files), with what a restore needs to know. */
  project(id: string): { name: string; billTo: string; permissions: Readonly<Record<string, GrantLevel>> } | undefined;
  app(id: string): { name: string; billTo: string; authorizedUsers: readonly string[] } | undefined;
}
