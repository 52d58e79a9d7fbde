// Org membership rules: the fixed ADMIN flags, MEMBER defaults, and what a level change must
// state (scenarios.md "Org membership"; platform-api.md §3.3). Pure: callers persist results.
import type { MemberFlags } from './entities';
import type { OrgLevel } from './levels';
import { definedOnly } from './objects';

export const ADMIN_FLAGS: Readonly<MemberFlags> = Object.freeze({
  allowBillableActivities: true,
  appAccess: true,
  projectAccess: 'ADMINISTER',
});

export const MEMBER_DEFAULT_FLAGS: Readonly<MemberFlags> = Object.freeze({
  allowBillableActivities: false,
  appAccess: true,
  projectAccess: 'CONTRIBUTE',
});

export type FlagName = keyof MemberFlags;
export const FLAG_NAMES: readonly FlagName[] = ['allowBillableActivities', 'appAccess', 'projectAccess'];

export type MembershipOutcome =
  | { ok: true; level: OrgLevel; flags: MemberFlags }
  | { ok: false; field: FlagName | 'level'; message: string };

/**
 * Flags a new member ends up with. ADMIN flags are fixed; `invite` ignores flags sent for an
 * ADMIN on the platform, but OrgDesk refuses contradicting ones so nobody believes they applied.
 */
export function resolveInvite(level: OrgLevel, requested: Partial<MemberFlags>): MembershipOutcome {
  if (level === 'ADMIN') {
    const clash = contradictsAdminFlags(requested);
    if (clash) return clash;
    return { ok: true, level, flags: { ...ADMIN_FLAGS } };
  }
  return { ok: true, level, flags: { ...MEMBER_DEFAULT_FLAGS, ...definedOnly(requested) } };
}

/**
 * The membership after a change. Promotion fixes the flags; demotion states all three flags
 * (MEMBER defaults unless chosen), because the platform's own defaults are unconfirmed.
 */
export function resolveChange(
  current: { level: OrgLevel; flags: MemberFlags },
  change: { level?: OrgLevel | undefined } & Partial<MemberFlags>,
): MembershipOutcome {
  const nextLevel = change.level ?? current.level;
  const requested = definedOnly({
    allowBillableActivities: change.allowBillableActivities,
    appAccess: change.appAccess,
    projectAccess: change.projectAccess,
  });
  if (nextLevel === 'ADMIN') {
    const clash = contradictsAdminFlags(requested);
    if (clash) return clash;
    return { ok: true, level: 'ADMIN', flags: { ...ADMIN_FLAGS } };
  }
  const base = current.level === 'ADMIN' ? MEMBER_DEFAULT_FLAGS : current.flags;
  return { ok: true, level: 'MEMBER', flags: { ...base, ...requested } };
}

export interface FlagChange {
  flag: FlagName;
  from: MemberFlags[FlagName];
  to: MemberFlags[FlagName];
}

/** What a demotion (or any change) does to each flag: the "flags that reset" preview. */
export function flagChanges(before: MemberFlags, after: MemberFlags): FlagChange[] {
  return FLAG_NAMES.filter((f) => before[f] !== after[f]).map((f) => ({ flag: f, from: before[f], to: after[f] }));
}

function contradictsAdminFlags(requested: Partial<MemberFlags>): MembershipOutcome | null {
  for (const flag of FLAG_NAMES) {
    const value = requested[flag];
    if (value !== undefined && value !== ADMIN_FLAGS[flag]) {
      return {
        ok: false,
        field: flag,
        message: `ADMINs always have ${flag}=${String(ADMIN_FLAGS[flag])}; ${flag}=${String(value)} cannot be set for an ADMIN`,
      };
    }
  }
  return null;
}
