// The singleton sync_state row: which platform and user this workspace syncs with, when the
// last push and pull finished, the last run's error, and the run lease that keeps two
// processes (app and CLI) from pushing the same outbox at once. Never holds the token.
import type { Db } from '../connection';

export interface SyncStateRecord {
  platformUrl: string | null;
  connectedUser: string | null;
  lastPullAt: number | null;
  lastPushAt: number | null;
  lastError: string | null;
}

export interface SyncLease {
  owner: string;
  expiresAt: number;
}

interface Row {
  platform_url: string | null;
  connected_user: string | null;
  last_pull_at: number | null;
  last_push_at: number | null;
  last_error: string | null;
  lease_owner: string | null;
  lease_expires_at: number | null;
}

export function createSyncStateRepo(db: Db) {
  const ensure = db.prepare('INSERT OR IGNORE INTO sync_state (id) VALUES (1)');
  const get = db.prepare<[], Row>(
    'SELECT platform_url, connected_user, last_pull_at, last_push_at, last_error, lease_owner, lease_expires_at FROM sync_state WHERE id = 1',
  );
  const connect = db.prepare<[string, string]>('UPDATE sync_state SET platform_url = ?, connected_user = ?, last_error = NULL WHERE id = 1');
  const pushed = db.prepare<[number]>('UPDATE sync_state SET last_push_at = ? WHERE id = 1');
  const pulled = db.prepare<[number]>('UPDATE sync_state SET last_pull_at = ? WHERE id = 1');
  const error = db.prepare<[string | null]>('UPDATE sync_state SET last_error = ? WHERE id = 1');
  const lease = db.prepare<[string | null, number | null]>('UPDATE sync_state SET lease_owner = ?, lease_expires_at = ? WHERE id = 1');
  const release = db.prepare<[string]>('UPDATE sync_state SET lease_owner = NULL, lease_expires_at = NULL WHERE id = 1 AND lease_owner = ?');
  return {
    /** null until the workspace was first connected or synced. */
    get: (): SyncStateRecord | null => {
      const r = get.get();
      if (!r) return null;
      return {
        platformUrl: r.platform_url,
        connectedUser: r.connected_user,
        lastPullAt: r.last_pull_at,
        lastPushAt: r.last_push_at,
        lastError: r.last_error,
      };
    },
    lease: (): SyncLease | null => {
      const r = get.get();
      return r && r.lease_owner !== null && r.lease_expires_at !== null ? { owner: r.lease_owner, expiresAt: r.lease_expires_at } : null;
    },
    recordConnection: (platformUrl: string, user: string): void => {
      ensure.run();
      connect.run(platformUrl, user);
    },
    recordPush: (at: number): void => {
      ensure.run();
      pushed.run(at);
    },
    recordPull: (at: number): void => {
      ensure.run();
      pulled.run(at);
    },
    recordError: (message: string | null): void => {
      ensure.run();
      error.run(message);
    },
    setLease: (owner: string, expiresAt: number): void => {
      ensure.run();
      lease.run(owner, expiresAt);
    },
    releaseLease: (owner: string): void => {
      release.run(owner);
    },
  };
}
export type SyncStateRepo = ReturnType<typeof createSyncStateRepo>;
