// Words for memberships: the matrix cell ("MEMBER · billable"), flag names as people read
// them, and flag values. Pure text; the rules themselves live in shared/domain.
import type { Level, OrgLevel } from '../../../shared/domain/index';
import { MEMBER_DEFAULT_FLAGS } from '../../../shared/domain/index';

export interface MembershipFacts {
  level: OrgLevel;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: Level;
}

/** Level plus only the flags that differ from what the level implies, e.g. "MEMBER · billable". */
export function membershipFlagTags(m: MembershipFacts): string[] {
  if (m.level === 'ADMIN') return [];
  const tags: string[] = [];
  if (m.allowBillableActivities) tags.push('billable');
  if (!m.appAccess) tags.push('no apps');
  if (m.projectAccess !== MEMBER_DEFAULT_FLAGS.projectAccess) tags.push(`projects ≤ ${m.projectAccess}`);
  return tags;
}

export function membershipCellText(m: MembershipFacts): string {
  return [m.level, ...membershipFlagTags(m)].join(' · ');
}

export const FLAG_LABELS: Record<string, string> = {
  level: 'Org level',
  allowBillableActivities: 'Billable activities',
  appAccess: 'App access',
  projectAccess: 'Project access',
};

export function flagValueText(value: boolean | string): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return value;
}
