// Workspace-row statements only the sync engine needs: placeholder users for members the
// platform names without a describe, and moving a project created offline to its real ID.
// Statements only: the engine owns the transaction these run in.
import type { Db } from '../connection';

export function createSyncRowsRepo(db: Db) {
  const insertUser = db.prepare<[string]>("INSERT OR IGNORE INTO users (id, email, first, last) VALUES (?, '', '', '')");
  const moveProject = db.prepare<[string, string]>('UPDATE projects SET id = ? WHERE id = ?');
  const moveGrants = db.prepare<[string, string]>('UPDATE project_grants SET project_id = ? WHERE project_id = ?');
  return {
    /** Memberships reference users: a member the platform did not describe still needs a row. */
    ensureUser: (id: string): void => {
      insertUser.run(id);
    },
    /** Must run inside a transaction: foreign keys are checked at its commit, after both moves. */
    remapProject: (from: string, to: string): void => {
      db.pragma('defer_foreign_keys = ON');
      moveProject.run(to, from);
      moveGrants.run(to, from);
    },
  };
}
export type SyncRowsRepo = ReturnType<typeof createSyncRowsRepo>;
