// The membership matrix's read: every membership with its user's name and email, in
// display-name order, as plain rows (no per-row object mapping or `extra` JSON parsing, which
// dominate memberships.all() at 60k rows). Statements only; never writes.
import type { Db } from '../connection';
import type { Level, OrgLevel } from '../../../shared/domain/index';

export interface MatrixMembershipRow {
  user_id: string;
  org_id: string;
  level: OrgLevel;
  allow_billable_activities: number;
  app_access: number;
  project_access: Level;
  first: string;
  last: string;
  email: string;
}

export function createMatrixRepo(db: Db) {
  const rows = db.prepare<[], MatrixMembershipRow>(
    `SELECT m.user_id, m.org_id, m.level, m.allow_billable_activities, m.app_access, m.project_access,
            COALESCE(u.first, '') AS first, COALESCE(u.last, '') AS last, COALESCE(u.email, '') AS email
       FROM memberships m LEFT JOIN users u ON u.id = m.user_id
      ORDER BY COALESCE(NULLIF(TRIM(COALESCE(u.first, '') || ' ' || COALESCE(u.last, '')), ''), m.user_id) COLLATE NOCASE, m.user_id, m.org_id`,
  );
  return { memberships: (): MatrixMembershipRow[] => rows.all() };
}
