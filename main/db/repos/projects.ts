// Projects with their settings and direct grants (project_grants). Statements only: callers
// own transactions. Grant lookups by principal use idx_project_grants_principal.
import type { Db } from '../connection';
import type { GrantLevel, Permissions, Project, ProjectSettings } from '../../../shared/domain/index';
import { bit, parseObject, toJson } from './json';

interface ProjectRow {
  id: string;
  name: string;
  bill_to: string;
  version: number;
  protected: number;
  restricted: number;
  download_restricted: number;
  preview_viewer_restricted: number;
  contains_phi: number;
  external_upload_restricted: number;
  database_ui_view_only: number;
  database_results_restricted: number | null;
  extra: string;
}

interface GrantRow {
  project_id: string;
  principal: string;
  level: GrantLevel;
}

export type ProjectRecord = Project & { extra: Record<string, unknown> };

const COLS =
  'id, name, bill_to, version, protected, restricted, download_restricted, preview_viewer_restricted, contains_phi, ' +
  'external_upload_restricted, database_ui_view_only, database_results_restricted, extra';

function toSettings(r: ProjectRow): ProjectSettings {
  return {
    protected: r.protected === 1,
    restricted: r.restricted === 1,
    downloadRestricted: r.download_restricted === 1,
    previewViewerRestricted: r.preview_viewer_restricted === 1,
    containsPHI: r.contains_phi === 1,
    externalUploadRestricted: r.external_upload_restricted === 1,
    databaseUIViewOnly: r.database_ui_view_only === 1,
    databaseResultsRestricted: r.database_results_restricted,
  };
}

function settingsRow(s: ProjectSettings) {
  return [
    bit(s.protected),
    bit(s.restricted),
    bit(s.downloadRestricted),
    bit(s.previewViewerRestricted),
    bit(s.containsPHI),
    bit(s.externalUploadRestricted),
    bit(s.databaseUIViewOnly),
    s.databaseResultsRestricted,
  ] as const;
}

function assemble(rows: ProjectRow[], grants: GrantRow[]): ProjectRecord[] {
  const perms = new Map<string, Permissions>();
  for (const g of grants) {
    let p = perms.get(g.project_id);
    if (!p) perms.set(g.project_id, (p = {}));
    p[g.principal] = g.level;
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    billTo: r.bill_to,
    version: r.version,
    settings: toSettings(r),
    permissions: perms.get(r.id) ?? {},
    extra: parseObject(r.extra),
  }));
}

export function createProjectsRepo(db: Db) {
  const get = db.prepare<[string], ProjectRow>(`SELECT ${COLS} FROM projects WHERE id = ?`);
  const byName = db.prepare<[string], ProjectRow>(`SELECT ${COLS} FROM projects WHERE name = ? ORDER BY id`);
  const getMany = db.prepare<[string], ProjectRow>(`SELECT ${COLS} FROM projects WHERE id IN (SELECT value FROM json_each(?))`);
  const all = db.prepare<[], ProjectRow>(`SELECT ${COLS} FROM projects ORDER BY name, id`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM projects');
  const grantsOf = db.prepare<[string], GrantRow>('SELECT project_id, principal, level FROM project_grants WHERE project_id = ?');
  const grantsOfMany = db.prepare<[string], GrantRow>(
    'SELECT project_id, principal, level FROM project_grants WHERE project_id IN (SELECT value FROM json_each(?))',
  );
  const allGrants = db.prepare<[], GrantRow>('SELECT project_id, principal, level FROM project_grants');
  const idsForPrincipals = db.prepare<[string], { project_id: string }>(
    'SELECT DISTINCT project_id FROM project_grants WHERE principal IN (SELECT value FROM json_each(?))',
  );
  const insert = db.prepare(`INSERT INTO projects (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const upsert = db.prepare(
    `INSERT INTO projects (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, bill_to = excluded.bill_to, version = excluded.version,
       protected = excluded.protected, restricted = excluded.restricted, download_restricted = excluded.download_restricted,
       preview_viewer_restricted = excluded.preview_viewer_restricted, contains_phi = excluded.contains_phi,
       external_upload_restricted = excluded.external_upload_restricted, database_ui_view_only = excluded.database_ui_view_only,
       database_results_restricted = excluded.database_results_restricted, extra = excluded.extra`,
  );
  const updateSettings = db.prepare(
    `UPDATE projects SET protected = ?, restricted = ?, download_restricted = ?, preview_viewer_restricted = ?,
       contains_phi = ?, external_upload_restricted = ?, database_ui_view_only = ?, database_results_restricted = ?
     WHERE id = ?`,
  );
  const setGrant = db.prepare<[string, string, GrantLevel]>(
    `INSERT INTO project_grants (project_id, principal, level) VALUES (?, ?, ?)
     ON CONFLICT (project_id, principal) DO UPDATE SET level = excluded.level`,
  );
  const removeGrant = db.prepare<[string, string]>('DELETE FROM project_grants WHERE project_id = ? AND principal = ?');
  const clearGrants = db.prepare<[string]>('DELETE FROM project_grants WHERE project_id = ?');
  const billedGrantsOf = db.prepare<[string, string], GrantRow>(
    `SELECT g.project_id, g.principal, g.level FROM project_grants g JOIN projects p ON p.id = g.project_id
     WHERE g.principal = ? AND p.bill_to = ?`,
  );
  const remove = db.prepare<[string]>('DELETE FROM projects WHERE id = ?');

  const withGrants = (rows: ProjectRow[]): ProjectRecord[] =>
    rows.length === 0 ? [] : assemble(rows, rows.length === 1 ? grantsOf.all(rows[0]?.id ?? '') : grantsOfMany.all(JSON.stringify(rows.map((r) => r.id))));
  const row = (p: ProjectRecord) => [p.id, p.name, p.billTo, p.version, ...settingsRow(p.settings), toJson(p.extra)] as const;

  return {
    get: (id: string): ProjectRecord | undefined => withGrants(get.all(id))[0],
    byName: (name: string): ProjectRecord[] => withGrants(byName.all(name)),
    getMany: (ids: readonly string[]): ProjectRecord[] => withGrants(getMany.all(JSON.stringify(ids))),
    /** Every project with its grants, in two scans (never one query per project). */
    all: (): ProjectRecord[] => assemble(all.all(), allGrants.all()),
    count: (): number => count.get()?.n ?? 0,
    /** Projects with a grant to any of `principals` (a user, their orgs, PUBLIC). */
    idsGrantedTo: (principals: readonly string[]): string[] => idsForPrincipals.all(JSON.stringify(principals)).map((r) => r.project_id),
    insert: (p: ProjectRecord): void => {
      insert.run(...row(p));
      for (const [principal, level] of Object.entries(p.permissions)) setGrant.run(p.id, principal, level);
    },
    /** Replaces the project row and its whole grant list (a pulled describe). */
    upsert: (p: ProjectRecord): void => {
      upsert.run(...row(p));
      clearGrants.run(p.id);
      for (const [principal, level] of Object.entries(p.permissions)) setGrant.run(p.id, principal, level);
    },
    updateSettings: (id: string, s: ProjectSettings): void => {
      updateSettings.run(...settingsRow(s), id);
    },
    setGrant: (project: string, principal: string, level: GrantLevel): void => {
      setGrant.run(project, principal, level);
    },
    removeGrant: (project: string, principal: string): void => {
      removeGrant.run(project, principal);
    },
    /** `principal`'s direct grants on projects billed to `billTo`. */
    grantsOnProjectsBilledTo: (principal: string, billTo: string): Array<{ project: string; level: GrantLevel }> =>
      billedGrantsOf.all(principal, billTo).map((g) => ({ project: g.project_id, level: g.level })),
    remove: (id: string): void => {
      remove.run(id);
    },
  };
}
export type ProjectsRepo = ReturnType<typeof createProjectsRepo>;
