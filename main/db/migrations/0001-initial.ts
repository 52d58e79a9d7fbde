// Schema 1: the workspace model (users, orgs, memberships, projects with grants, apps) plus
// the outbox and key/value settings. Frozen: later schema changes are new migration files,
// and this file never imports repos or services.
import type Database from 'better-sqlite3';

const BOOL = (col: string) => `${col} INTEGER NOT NULL DEFAULT 0 CHECK (${col} IN (0, 1))`;
const LEVEL = `('NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER')`;
const GRANT_LEVEL = `('VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER')`;

export const migration = {
  version: 1,
  name: 'initial',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL DEFAULT '',
        first TEXT NOT NULL DEFAULT '',
        last TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX idx_users_email ON users (email COLLATE NOCASE);

      CREATE TABLE orgs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        ${BOOL('phi_features_enabled')},
        member_list_visibility TEXT NOT NULL DEFAULT 'ADMIN' CHECK (member_list_visibility IN ('ADMIN', 'MEMBER', 'PUBLIC')),
        restrict_project_transfer TEXT NOT NULL DEFAULT 'ADMIN' CHECK (restrict_project_transfer IN ('ADMIN', 'MEMBER')),
        extra TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE memberships (
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('ADMIN', 'MEMBER')),
        ${BOOL('allow_billable_activities')},
        ${BOOL('app_access')},
        project_access TEXT NOT NULL CHECK (project_access IN ${LEVEL}),
        extra TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (org_id, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idx_memberships_user_id ON memberships (user_id);

      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        bill_to TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        ${BOOL('protected')},
        ${BOOL('restricted')},
        ${BOOL('download_restricted')},
        ${BOOL('preview_viewer_restricted')},
        ${BOOL('contains_phi')},
        ${BOOL('external_upload_restricted')},
        ${BOOL('database_ui_view_only')},
        database_results_restricted INTEGER CHECK (database_results_restricted IS NULL OR database_results_restricted >= 0),
        extra TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX idx_projects_name ON projects (name);
      CREATE INDEX idx_projects_bill_to ON projects (bill_to);

      CREATE TABLE project_grants (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        principal TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ${GRANT_LEVEL}),
        PRIMARY KEY (project_id, principal)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idx_project_grants_principal ON project_grants (principal);

      CREATE TABLE apps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        ${BOOL('published')},
        bill_to TEXT NOT NULL,
        extra TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX idx_apps_name ON apps (name);

      CREATE TABLE app_developers (
        app_id TEXT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        principal TEXT NOT NULL,
        PRIMARY KEY (app_id, principal)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idx_app_developers_principal ON app_developers (principal);

      CREATE TABLE app_authorized_users (
        app_id TEXT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        principal TEXT NOT NULL,
        PRIMARY KEY (app_id, principal)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idx_app_authorized_users_principal ON app_authorized_users (principal);

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        op TEXT NOT NULL,
        target TEXT NOT NULL,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        base TEXT CHECK (base IS NULL OR json_valid(base)),
        acting_user TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'conflict', 'discarded')),
        error TEXT
      ) STRICT;
      CREATE INDEX idx_outbox_state ON outbox (state);
      CREATE INDEX idx_outbox_target ON outbox (target);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
