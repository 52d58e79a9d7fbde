// The org chart's reads: per-org counts by group, one page of a group, and user search
// restricted to people in an org. Statements only; never writes.
import type { Db } from '../connection';
import type { GrantLevel, Level, OrgLevel } from '../../../shared/domain/index';

export interface OrgCountsRow {
  id: string;
  name: string;
  admins: number;
  members: number;
  projects: number;
  apps: number;
}

export interface PersonRow {
  user_id: string;
  level: OrgLevel;
  allow_billable_activities: number;
  app_access: number;
  project_access: Level;
  email: string | null;
  first: string | null;
  last: string | null;
  org_count: number;
}

export interface ProjectRow {
  id: string;
  name: string;
  level: GrantLevel;
  bill_to: string;
}

export interface AppRow {
  id: string;
  name: string;
  published: number;
}

export interface FoundUserRow {
  id: string;
  email: string;
  first: string;
  last: string;
}

/** `text` as a LIKE pattern matching it anywhere, with LIKE's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function prepare(db: Db) {
  const orgCounts = db.prepare<[], OrgCountsRow>(
    `SELECT o.id, o.name,
       (SELECT count(*) FROM memberships m WHERE m.org_id = o.id AND m.level = 'ADMIN') AS admins,
       (SELECT count(*) FROM memberships m WHERE m.org_id = o.id AND m.level = 'MEMBER') AS members,
       (SELECT count(*) FROM project_grants g WHERE g.principal = o.id) AS projects,
       (SELECT count(*) FROM app_authorized_users a WHERE a.principal = o.id) AS apps
     FROM orgs o ORDER BY o.id`,
  );
  const people = db.prepare<[], { people: number; multi: number | null }>(
    'SELECT count(*) AS people, sum(n > 1) AS multi FROM (SELECT count(*) AS n FROM memberships GROUP BY user_id)',
  );
  const personPage = db.prepare<[string, OrgLevel, number, number], PersonRow>(
    `SELECT m.user_id, m.level, m.allow_billable_activities, m.app_access, m.project_access, u.email, u.first, u.last,
       (SELECT count(*) FROM memberships x WHERE x.user_id = m.user_id) AS org_count
     FROM memberships m LEFT JOIN users u ON u.id = m.user_id
     WHERE m.org_id = ? AND m.level = ? ORDER BY m.user_id LIMIT ? OFFSET ?`,
  );
  const personTotal = db.prepare<[string, OrgLevel], { n: number }>('SELECT count(*) AS n FROM memberships WHERE org_id = ? AND level = ?');
  const personRank = db.prepare<[string, OrgLevel, string], { n: number }>(
    'SELECT count(*) AS n FROM memberships WHERE org_id = ? AND level = ? AND user_id < ?',
  );
  const projectPage = db.prepare<[string, number, number], ProjectRow>(
    `SELECT p.id, p.name, g.level, p.bill_to FROM project_grants g JOIN projects p ON p.id = g.project_id
     WHERE g.principal = ? ORDER BY p.name, p.id LIMIT ? OFFSET ?`,
  );
  const projectTotal = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM project_grants WHERE principal = ?');
  const appPage = db.prepare<[string, number, number], AppRow>(
    `SELECT a.id, a.name, a.published FROM app_authorized_users x JOIN apps a ON a.id = x.app_id
     WHERE x.principal = ? ORDER BY a.name, a.id LIMIT ? OFFSET ?`,
  );
  const appTotal = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM app_authorized_users WHERE principal = ?');
  const findUsers = db.prepare<{ q: string; exact: string; limit: number }, FoundUserRow>(
    `SELECT u.id, u.email, u.first, u.last FROM users u
     WHERE (u.id LIKE :q ESCAPE '\\' OR u.email LIKE :q ESCAPE '\\' OR (u.first || ' ' || u.last) LIKE :q ESCAPE '\\')
       AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)
     ORDER BY (lower(u.id) = :exact OR lower(u.id) = 'user-' || :exact OR lower(u.email) = :exact) DESC, u.id
     LIMIT :limit`,
  );
  return { orgCounts, people, personPage, personTotal, personRank, projectPage, projectTotal, appPage, appTotal, findUsers };
}

export function createChartRepo(db: Db) {
  const s = prepare(db);
  return {
    orgCounts: (): OrgCountsRow[] => s.orgCounts.all(),
    people: (): { people: number; multiOrg: number } => {
      const r = s.people.get();
      return { people: r?.people ?? 0, multiOrg: r?.multi ?? 0 };
    },
    personPage: (org: string, level: OrgLevel, offset: number, limit: number): PersonRow[] => s.personPage.all(org, level, limit, offset),
    personTotal: (org: string, level: OrgLevel): number => s.personTotal.get(org, level)?.n ?? 0,
    /** Position of `user` in the group's order (by user ID), which is what paging counts. */
    personRank: (org: string, level: OrgLevel, user: string): number => s.personRank.get(org, level, user)?.n ?? 0,
    projectPage: (org: string, offset: number, limit: number): ProjectRow[] => s.projectPage.all(org, limit, offset),
    projectTotal: (org: string): number => s.projectTotal.get(org)?.n ?? 0,
    appPage: (org: string, offset: number, limit: number): AppRow[] => s.appPage.all(org, limit, offset),
    appTotal: (org: string): number => s.appTotal.get(org)?.n ?? 0,
    findUsers: (text: string, limit: number): FoundUserRow[] =>
      s.findUsers.all({ q: containsPattern(text), exact: text.toLowerCase(), limit }),
  };
}
export type ChartRepo = ReturnType<typeof createChartRepo>;
