// The member-file columns OrgDesk writes: readable labels (templates) and API names (exports,
// undo files). Both spellings are header aliases the import reader accepts. Names only.
import type { ImportField } from '../../shared/contract/index';

export const IMPORT_LABELS: Record<ImportField, string> = {
  org: 'Org',
  user: 'User',
  level: 'Level',
  allowBillableActivities: 'Allow billable activities',
  appAccess: 'App access',
  projectAccess: 'Project access',
  action: 'Action',
  revokeProjectPermissions: 'Revoke project permissions',
  revokeAppPermissions: 'Revoke app permissions',
  restoreProjectGrants: 'Restore project grants',
  restoreAppAuthorizations: 'Restore app authorizations',
};

export const MEMBER_FIELDS = ['org', 'user', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess'] as const satisfies readonly ImportField[];
