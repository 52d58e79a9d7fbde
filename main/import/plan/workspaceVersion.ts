// A cheap "has the workspace changed?" token: SQLite's data_version (bumped by commits of other
// connections, e.g. the CLI next to the app) plus this connection's total_changes(). Equal
// tokens mean the rows a plan was computed from are still the rows on disk. Read-only.
import type { Db } from '../../db/connection';

export function workspaceVersion(db: Db): () => string {
  const dataVersion = db.prepare<[], { data_version: number }>('PRAGMA data_version');
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n');
  return () => `${dataVersion.get()?.data_version ?? 0}:${changes.get()?.n ?? 0}`;
}
