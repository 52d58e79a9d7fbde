// What every engine module works with: the connection and its repos (workspace, outbox,
// sync state, remote values), the platform client, the acting user, a clock, and the
// notifier that emits events after commit. Built once per engine; opens no transactions
// itself except through `tx`, which every engine write goes through.
import type { Db } from '../../db/connection';
import type { Repos } from '../../db/repos/index';
import { createRepos } from '../../db/repos/index';
import type { SyncRemoteValuesRepo } from '../../db/repos/syncRemoteValues';
import { createSyncRemoteValuesRepo } from '../../db/repos/syncRemoteValues';
import type { SyncRowsRepo } from '../../db/repos/syncRows';
import { createSyncRowsRepo } from '../../db/repos/syncRows';
import type { SyncStateRepo } from '../../db/repos/syncState';
import { createSyncStateRepo } from '../../db/repos/syncState';
import type { EventBus } from '../../rpc/eventBus';
import type { PlatformClient } from '../platform/index';
import type { Notifier } from './notifier';
import { createNotifier } from './notifier';

export interface EngineDeps {
  db: Db;
  events: EventBus;
  client: PlatformClient;
  /** Whose token the client carries; only this user's edits are sent. */
  actingUser: string;
  now?: () => number;
  /**
   * A quick "can we reach the platform at all?" check run before each sync. Returns why not,
   * or null. The client's retry budget (dxpy's, up to a minute of backoff) is right for a
   * flaky platform mid-run, but a platform that is simply unreachable should say so at once.
   */
  probe?: () => Promise<string | null>;
}

export interface EngineContext {
  db: Db;
  client: PlatformClient;
  actingUser: string;
  now: () => number;
  repos: Repos;
  syncState: SyncStateRepo;
  remoteValues: SyncRemoteValuesRepo;
  rows: SyncRowsRepo;
  notifier: Notifier;
  /** One IMMEDIATE transaction: the CLI and the app may share the workspace file. */
  tx<T>(fn: () => T): T;
}

export function createEngineContext(deps: EngineDeps): EngineContext {
  const repos = createRepos(deps.db);
  return {
    db: deps.db,
    client: deps.client,
    actingUser: deps.actingUser,
    now: deps.now ?? Date.now,
    repos,
    syncState: createSyncStateRepo(deps.db),
    remoteValues: createSyncRemoteValuesRepo(deps.db),
    rows: createSyncRowsRepo(deps.db),
    notifier: createNotifier(deps.events, repos.outbox),
    tx: <T>(fn: () => T): T => deps.db.transaction(fn).immediate(),
  };
}
