// Composition root: opens and migrates the workspace, wires repos, services, handlers, the
// router and the event bus. Every transport (Electron IPC, HTTP bridge, CLI, tests) starts
// here; it must not import electron or any transport.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db/connection';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import type { Repos } from './db/repos/index';
import { createRepos } from './db/repos/index';
import type { EventBus } from './rpc/eventBus';
import { createEventBus } from './rpc/eventBus';
import { createHandlers } from './rpc/handlers';
import type { Router } from './rpc/router';
import { createRouter } from './rpc/router';
import type { Services } from './services/index';
import { createServices } from './services/index';

export interface OrgDeskApp {
  router: Router;
  events: EventBus;
  workspacePath: string;
  /** For in-process collaborators (sync engine, CLI import): the same services the router calls. */
  services: Services;
  /** For the sync engine: statements over the same connection (it owns its own transactions). */
  repos: Repos;
  db: Db;
  close(): void;
}

export interface OpenAppOptions {
  workspacePath: string;
  nativeBinding?: string;
  /** Tests: check every output against the contract. */
  validateOutput?: boolean;
}

export function openApp(opts: OpenAppOptions): OrgDeskApp {
  const workspacePath = path.resolve(opts.workspacePath);
  fs.mkdirSync(path.dirname(workspacePath), { recursive: true });
  const db = openDatabase(workspacePath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const events = createEventBus();
  const repos = createRepos(db);
  const services = createServices({
    db,
    repos,
    events,
    workspacePath,
    now: () => Date.now(),
    random: () => crypto.randomInt(0, 0x100000000) / 0x100000000,
  });
  const router = createRouter(createHandlers(services), { validateOutput: opts.validateOutput ?? false });
  let closed = false;
  return {
    router,
    events,
    workspacePath,
    services,
    repos,
    db,
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
