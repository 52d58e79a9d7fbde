// The last value the platform was seen holding for an outbox target that has local edits
// (a pull that kept the local value, a push's pre-send read, a send). Discarding an edit
// reverts the workspace to it. Values are engine-defined JSON; `null` means "absent remotely".
import type { Db } from '../connection';

export function createSyncRemoteValuesRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM sync_remote_values WHERE target = ?');
  const put = db.prepare<[string, string, number]>(
    `INSERT INTO sync_remote_values (target, value, seen_at) VALUES (?, ?, ?)
     ON CONFLICT (target) DO UPDATE SET value = excluded.value, seen_at = excluded.seen_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM sync_remote_values WHERE target = ?');
  const prune = db.prepare<[string]>(
    'DELETE FROM sync_remote_values WHERE target NOT IN (SELECT DISTINCT target FROM outbox WHERE state IN (SELECT value FROM json_each(?)))',
  );
  const remapTarget = db.prepare<[string, string]>('UPDATE sync_remote_values SET target = ? WHERE target = ?');
  const remapPrefix = db.prepare<[string, string, string, string]>(
    'UPDATE sync_remote_values SET target = ? || substr(target, length(?) + 1) WHERE substr(target, 1, length(?)) = ?',
  );
  return {
    /** undefined: never seen; null: seen absent. */
    get: (target: string): unknown => {
      const r = get.get(target);
      return r === undefined ? undefined : (JSON.parse(r.value) as unknown);
    },
    put: (target: string, value: unknown, at: number): void => {
      put.run(target, JSON.stringify(value ?? null), at);
    },
    remove: (target: string): void => {
      remove.run(target);
    },
    /** Forgets targets without active edits: the workspace rows themselves hold their remote value. */
    pruneInactive: (activeStates: readonly string[]): void => {
      prune.run(JSON.stringify(activeStates));
    },
    remapProject: (from: string, to: string): void => {
      remapTarget.run(`project:${to}`, `project:${from}`);
      const oldPrefix = `grant:${from}:`;
      remapPrefix.run(`grant:${to}:`, oldPrefix, oldPrefix, oldPrefix);
    },
  };
}
export type SyncRemoteValuesRepo = ReturnType<typeof createSyncRemoteValuesRepo>;
