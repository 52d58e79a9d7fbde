// Orgs and their policies. Statements only: callers own transactions.
import type { Db } from '../connection';
import type { Org, OrgPolicies } from '../../../shared/domain/index';
import { bit, parseObject, toJson } from './json';

interface OrgRow {
  id: string;
  name: string;
  phi_features_enabled: number;
  member_list_visibility: OrgPolicies['memberListVisibility'];
  restrict_project_transfer: OrgPolicies['restrictProjectTransfer'];
  extra: string;
}

export type OrgRecord = Org & { extra: Record<string, unknown> };

export interface OrgCounts {
  memberCount: number;
  adminCount: number;
  projectCount: number;
  appCount: number;
}

const COLS = 'id, name, phi_features_enabled, member_list_visibility, restrict_project_transfer, extra';

function toOrg(r: OrgRow): OrgRecord {
  return {
    id: r.id,
    name: r.name,
    phiFeaturesEnabled: r.phi_features_enabled === 1,
    policies: { memberListVisibility: r.member_list_visibility, restrictProjectTransfer: r.restrict_project_transfer },
    extra: parseObject(r.extra),
  };
}

export function createOrgsRepo(db: Db) {
  const get = db.prepare<[string], OrgRow>(`SELECT ${COLS} FROM orgs WHERE id = ?`);
  const all = db.prepare<[], OrgRow>(`SELECT ${COLS} FROM orgs ORDER BY id`);
  const getMany = db.prepare<[string], OrgRow>(`SELECT ${COLS} FROM orgs WHERE id IN (SELECT value FROM json_each(?))`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM orgs');
  const insert = db.prepare(
    `INSERT INTO orgs (id, name, phi_features_enabled, member_list_visibility, restrict_project_transfer, extra)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const upsert = db.prepare(
    `INSERT INTO orgs (id, name, phi_features_enabled, member_list_visibility, restrict_project_transfer, extra)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, phi_features_enabled = excluded.phi_features_enabled,
       member_list_visibility = excluded.member_list_visibility,
       restrict_project_transfer = excluded.restrict_project_transfer, extra = excluded.extra`,
  );
  const update = db.prepare<[string, string, string, string]>(
    'UPDATE orgs SET name = ?, member_list_visibility = ?, restrict_project_transfer = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM orgs WHERE id = ?');
  const counts = db.prepare<[], { id: string; members: number; admins: number; projects: number; apps: number }>(
    `SELECT o.id,
       (SELECT count(*) FROM memberships m WHERE m.org_id = o.id) AS members,
       (SELECT count(*) FROM memberships m WHERE m.org_id = o.id AND m.level = 'ADMIN') AS admins,
       (SELECT count(*) FROM project_grants g WHERE g.principal = o.id) AS projects,
       (SELECT count(*) FROM (SELECT app_id FROM app_authorized_users a WHERE a.principal = o.id
                              UNION SELECT app_id FROM app_developers d WHERE d.principal = o.id)) AS apps
     FROM orgs o`,
  );
  const row = (o: OrgRecord) =>
    [o.id, o.name, bit(o.phiFeaturesEnabled), o.policies.memberListVisibility, o.policies.restrictProjectTransfer, toJson(o.extra)] as const;
  return {
    get: (id: string): OrgRecord | undefined => {
      const r = get.get(id);
      return r && toOrg(r);
    },
    all: (): OrgRecord[] => all.all().map(toOrg),
    getMany: (ids: readonly string[]): OrgRecord[] => getMany.all(JSON.stringify(ids)).map(toOrg),
    count: (): number => count.get()?.n ?? 0,
    insert: (org: OrgRecord): void => {
      insert.run(...row(org));
    },
    upsert: (org: OrgRecord): void => {
      upsert.run(...row(org));
    },
    update: (id: string, name: string, policies: OrgPolicies): void => {
      update.run(name, policies.memberListVisibility, policies.restrictProjectTransfer, id);
    },
    remove: (id: string): void => {
      remove.run(id);
    },
    /** Members, admins, projects shared with the org and apps naming the org, per org. */
    counts: (): Map<string, OrgCounts> =>
      new Map(counts.all().map((c) => [c.id, { memberCount: c.members, adminCount: c.admins, projectCount: c.projects, appCount: c.apps }])),
  };
}
export type OrgsRepo = ReturnType<typeof createOrgsRepo>;
