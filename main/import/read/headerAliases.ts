// Maps a header cell to an import field: readable labels and API names, any case, with spaces,
// underscores and dashes ignored (csv-import.md "Columns"). Owns the alias list only; it must not
// decide what a missing or unknown column means (the row assembler does).
import type { ImportField } from '../../../shared/contract/imports';

const ALIASES: Record<ImportField, readonly string[]> = {
  org: ['org', 'organization', 'organisation', 'orgid', 'organizationid'],
  user: ['user', 'username', 'userid', 'email', 'useremail', 'emailaddress', 'member', 'handle'],
  level: ['level', 'role', 'orglevel', 'memberlevel'],
  allowBillableActivities: ['allowbillableactivities', 'billable', 'billableactivities', 'allowbillable'],
  appAccess: ['appaccess'],
  projectAccess: ['projectaccess'],
  action: ['action', 'operation'],
  revokeProjectPermissions: ['revokeprojectpermissions', 'revokeprojectaccess'],
  revokeAppPermissions: ['revokeapppermissions', 'revokeappaccess'],
  restoreProjectGrants: ['restoreprojectgrants'],
  restoreAppAuthorizations: ['restoreappauthorizations'],
};

const BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(ALIASES) as Array<[ImportField, readonly string[]]>).flatMap(([field, keys]) =>
    keys.map((key): [string, ImportField] => [key, field]),
  ),
);

/** "Project access", "projectAccess", "project_access", " PROJECT-ACCESS " -> "projectAccess". */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_\-.]+/g, '');
}

export function headerToField(header: string): ImportField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}
