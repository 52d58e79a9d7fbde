// Composition root: opens and migrates the workspace, wires repos, services, handlers, the
// router and the event bus. Every transport (Electron IPC, HTTP bridge, CLI, tests) starts
// here; it must not import electron or any transport.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db/connection';
import { closeDatabase, openDatabase } from './db/connection';
import { backupWorkspace, listBackups } from './db/backup';
import { migrate, schemaVersion } from './db/migrate';
import type { Repos } from './db/repos/index';
import { createRepos } from './db/repos/index';
import type { EventBus } from './rpc/eventBus';
import { createEventBus } from './rpc/eventBus';
import { createHandlers } from './rpc/handlers';
import type { Router } from './rpc/router';
import { createRouter } from './rpc/router';
import type { Services, SyncBackend } from './services/index';
import { createServices } from './services/index';
import type { SyncBackendOptions } from './services/syncBackend';
import { createSyncBackend } from './services/syncBackend';
import type { TokenStore } from './sync/tokens/index';
import { memoryTokenStore } from './sync/tokens/index';

export interface OrgDeskApp {
  router: Router;
  events: EventBus;
  workspacePath: string;
  /** For in-process collaborators (sync engine, CLI import): the same services the router calls. */
  services: Services;
  /** For the sync engine: statements over the same connection (it owns its own transactions). */
  repos: Repos;
  db: Db;
  /** Where this host keeps the platform token (see OpenAppOptions.tokenStore). */
  tokenStore: TokenStore;
  close(): void;
}

export interface OpenAppOptions {
  workspacePath: string;
  nativeBinding?: string;
  /** Tests: check every output against the contract. */
  validateOutput?: boolean;
  /** Where the platform token lives: Electron passes its safeStorage store; default: this process only. */
  tokenStore?: TokenStore;
  /** Desktop app: also back up a sound workspace at open when the newest backup is older than
   *  this many milliseconds (a migration always backs up first, whatever this says). */
  backupEveryMs?: number;
  /** Tests: platform client tuning (fast retries, short timeouts) or a whole replacement backend. */
  sync?: SyncBackendOptions & { backend?: (db: Db, events: EventBus) => SyncBackend };
}

export function openApp(opts: OpenAppOptions): OrgDeskApp {
  const workspacePath = path.resolve(opts.workspacePath);
  fs.mkdirSync(path.dirname(workspacePath), { recursive: true });
  const db = openDatabase(workspacePath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    // The file passed quick_check in openDatabase, so this copy is a last good state to go back to.
    migrate(db, undefined, { beforeMigrate: (from) => backupWorkspace(db, workspacePath, { schemaVersion: from }) });
    if (opts.backupEveryMs !== undefined && !schemaIsEmpty(db)) {
      const newest = listBackups(workspacePath)[0];
      if (!newest || Date.now() - newest.createdAt >= opts.backupEveryMs) backupWorkspace(db, workspacePath, { schemaVersion: schemaVersion(db) });
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const events = createEventBus();
  const repos = createRepos(db);
  const now = (): number => Date.now();
  const tokenStore = opts.tokenStore ?? memoryTokenStore();
  const backend = opts.sync?.backend
    ? opts.sync.backend(db, events)
    : createSyncBackend({ db, events, now, ...(opts.sync?.clientOptions ? { clientOptions: opts.sync.clientOptions } : {}) });
  const services = createServices(
    {
      db,
      repos,
      events,
      workspacePath,
      now,
      random: () => crypto.randomInt(0, 0x100000000) / 0x100000000,
    },
    { tokenStore, backend },
  );
  const router = createRouter(createHandlers(services), { validateOutput: opts.validateOutput ?? false });
  let closed = false;
  return {
    router,
    events,
    workspacePath,
    services,
    repos,
    db,
    tokenStore,
    close() {
      if (closed) return;
      closed = true;
      services.heatmap.close();
      closeDatabase(db);
    },
  };
}

/** A just-created workspace holds nothing worth a daily copy until its first org or user. */
function schemaIsEmpty(db: Db): boolean {
  const row = db.prepare("SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM users) AS n").get() as { n: number };
  return row.n === 0;
}
