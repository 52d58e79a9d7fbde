// Test workspaces: real SQLite files in a fresh temp directory, opened through openApp like
// every transport does. Shared by the db, services and rpc tests; never mocks the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../main/app';
import type { OrgDeskApp } from '../../../main/app';
import type { EventName } from '../../../shared/contract/index';
import { AppError } from '../../../shared/rpc/index';
import type { ErrorCode } from '../../../shared/rpc/index';

const opened: Array<{ app: OrgDeskApp; dir: string }> = [];

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-test-'));
}

export function emptyApp(): OrgDeskApp {
  const dir = tempDir();
  const app = openApp({ workspacePath: path.join(dir, 'workspace.sqlite'), validateOutput: true });
  opened.push({ app, dir });
  return app;
}

/** A workspace holding the scenarios.md state after Example 2, acting as user-d. */
export function demoApp(actingUser?: string): OrgDeskApp {
  const app = emptyApp();
  app.services.demo.openDemo();
  if (actingUser) app.services.workspace.setActingUser(actingUser);
  return app;
}

/** Closes every workspace opened by this file's tests and removes their directories. */
export function closeAll(): void {
  for (const { app, dir } of opened.splice(0)) {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every row of every domain table plus the outbox: equal snapshots mean nothing was written. */
export function snapshot(app: OrgDeskApp): Record<string, unknown[]> {
  const tables = ['users', 'orgs', 'memberships', 'projects', 'project_grants', 'apps', 'app_developers', 'app_authorized_users', 'outbox', 'settings'];
  return Object.fromEntries(tables.map((t) => [t, app.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

/** Makes the next outbox insert fail, after the service has already written its domain rows. */
export function failOutboxInserts(app: OrgDeskApp): void {
  app.db.exec(`CREATE TEMP TRIGGER fail_outbox_insert BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`);
}

export function recordEvents(app: OrgDeskApp): Array<{ event: EventName; payload: unknown }> {
  const seen: Array<{ event: EventName; payload: unknown }> = [];
  app.events.subscribe((event, payload) => seen.push({ event, payload }));
  return seen;
}

/** Runs `fn` and returns the AppError it throws (failing the test when it does not). */
export function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

export function expectCode(fn: () => unknown, code: ErrorCode): AppError {
  const err = appError(fn);
  if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
  return err;
}
