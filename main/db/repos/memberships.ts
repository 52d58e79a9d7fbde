// Org memberships: level, the three flags, and unknown platform flags kept in `extra`.
// Statements only: callers own transactions. Reads by user use idx_memberships_user_id.
import type { Db } from '../connection';
import type { Level, Membership, OrgLevel } from '../../../shared/domain/index';
import { bit, parseObject, toJson } from './json';

interface MembershipRow {
  org_id: string;
  user_id: string;
  level: OrgLevel;
  allow_billable_activities: number;
  app_access: number;
  project_access: Level;
  extra: string;
}

const COLS = 'org_id, user_id, level, allow_billable_activities, app_access, project_access, extra';

function toMembership(r: MembershipRow): Membership {
  return {
    org: r.org_id,
    user: r.user_id,
    level: r.level,
    allowBillableActivities: r.allow_billable_activities === 1,
    appAccess: r.app_access === 1,
    projectAccess: r.project_access,
    extra: parseObject(r.extra),
  };
}

function extraJson(extra: Record<string, unknown> | undefined): string {
  if (extra !== undefined) for (const k in extra) if (Object.hasOwn(extra, k)) return toJson(extra);
  return '{}';
}

export function createMembershipsRepo(db: Db) {
  const get = db.prepare<[string, string], MembershipRow>(`SELECT ${COLS} FROM memberships WHERE org_id = ? AND user_id = ?`);
  const byUser = db.prepare<[string], MembershipRow>(`SELECT ${COLS} FROM memberships WHERE user_id = ? ORDER BY org_id`);
  const byOrg = db.prepare<[string], MembershipRow>(`SELECT ${COLS} FROM memberships WHERE org_id = ? ORDER BY user_id`);
  const byOrgs = db.prepare<[string], MembershipRow>(
    `SELECT ${COLS} FROM memberships WHERE org_id IN (SELECT value FROM json_each(?)) ORDER BY user_id, org_id`,
  );
  const byUsers = db.prepare<[string], MembershipRow>(
    `SELECT ${COLS} FROM memberships WHERE user_id IN (SELECT value FROM json_each(?)) ORDER BY user_id, org_id`,
  );
  const all = db.prepare<[], MembershipRow>(`SELECT ${COLS} FROM memberships ORDER BY user_id, org_id`);
  const insert = db.prepare(`INSERT INTO memberships (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const upsert = db.prepare(
    `INSERT INTO memberships (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (org_id, user_id) DO UPDATE SET level = excluded.level,
       allow_billable_activities = excluded.allow_billable_activities, app_access = excluded.app_access,
       project_access = excluded.project_access, extra = excluded.extra`,
  );
  const update = db.prepare<[OrgLevel, number, number, Level, string, string]>(
    `UPDATE memberships SET level = ?, allow_billable_activities = ?, app_access = ?, project_access = ?
     WHERE org_id = ? AND user_id = ?`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM memberships WHERE org_id = ? AND user_id = ?');
  const row = (m: Membership) =>
    [m.org, m.user, m.level, bit(m.allowBillableActivities), bit(m.appAccess), m.projectAccess, toJson(m.extra)] as const;
  return {
    get: (org: string, user: string): Membership | undefined => {
      const r = get.get(org, user);
      return r && toMembership(r);
    },
    byUser: (user: string): Membership[] => byUser.all(user).map(toMembership),
    byOrg: (org: string): Membership[] => byOrg.all(org).map(toMembership),
    byOrgs: (orgs: readonly string[]): Membership[] => byOrgs.all(JSON.stringify(orgs)).map(toMembership),
    byUsers: (users: readonly string[]): Membership[] => byUsers.all(JSON.stringify(users)).map(toMembership),
    all: (): Membership[] => all.all().map(toMembership),
    insert: (m: Membership): void => {
      // The hot path of a 100k-row import: no argument array, no JSON.stringify for the usual empty extra.
      insert.run(m.org, m.user, m.level, bit(m.allowBillableActivities), bit(m.appAccess), m.projectAccess, extraJson(m.extra));
    },
    upsert: (m: Membership): void => {
      upsert.run(...row(m));
    },
    /** Level and flags only: unknown platform flags in `extra` survive local edits. */
    update: (m: Pick<Membership, 'org' | 'user' | 'level' | 'allowBillableActivities' | 'appAccess' | 'projectAccess'>): void => {
      update.run(m.level, bit(m.allowBillableActivities), bit(m.appAccess), m.projectAccess, m.org, m.user);
    },
    remove: (org: string, user: string): void => {
      remove.run(org, user);
    },
  };
}
export type MembershipsRepo = ReturnType<typeof createMembershipsRepo>;
