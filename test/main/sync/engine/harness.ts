// Sync test worlds: the real emulator on loopback, real SQLite workspaces opened through
// openApp, the real platform client (with instant retry sleeps), and the real engine. Edits go
// through the router like every transport's do. Shared by the engine and integration tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import type { EmulatorHandle } from '../../../../main/emulator/index';
import { startEmulator } from '../../../../main/emulator/index';
import type { FaultSpec } from '../../../../main/emulator/index';
import { loadSeed } from '../../../../main/seed/loadSeed';
import type { Seed, SeedInput } from '../../../../main/seed/seedSchema';
import { SeedSchema } from '../../../../main/seed/seedSchema';
import type { SyncEngine } from '../../../../main/sync/engine/index';
import { createSyncEngine, recordConnection } from '../../../../main/sync/engine/index';
import type { PlatformClient } from '../../../../main/sync/platform/index';
import { createPlatformClient } from '../../../../main/sync/platform/index';
import type { MethodInput, MethodName, MethodOutput, OutboxEntry } from '../../../../shared/contract/index';

export const tokenOf = (user: string): string => `token-for-${user.slice('user-'.length)}`;

const cleanups: Array<() => Promise<void> | void> = [];

/** Closes every emulator and workspace of the test that made them. */
export async function closeWorlds(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c();
}

export async function emulator(seed: Seed | SeedInput, opts: { faults?: Partial<FaultSpec>; pageLimit?: number; random?: () => number } = {}): Promise<EmulatorHandle> {
  const emu = await startEmulator({ seed: SeedSchema.parse(seed), ...opts });
  cleanups.push(() => emu.close());
  return emu;
}

export interface Desk {
  app: OrgDeskApp;
  dir: string;
  user: string;
  engine: SyncEngine;
  client: PlatformClient;
  /** Every HTTP attempt the client made, by route. */
  calls: string[];
  /** A router call that must succeed. */
  edit<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  outbox(): OutboxEntry[];
}

export interface DeskOptions {
  /** Users (and only users, unless asked) written into the workspace before anything else. */
  localSeed?: SeedInput;
  /** An existing workspace file (a second process, a restart). */
  file?: string;
  clientRetries?: number;
  /** Tests: replace some client routes (a rejection, a lost reply) around the real client. */
  wrapClient?: (client: PlatformClient) => PlatformClient;
}

export function desk(emu: EmulatorHandle, user: string, opts: DeskOptions = {}): Desk {
  const dir = opts.file ? path.dirname(opts.file) : fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-sync-'));
  const file = opts.file ?? path.join(dir, 'workspace.sqlite');
  const app = openApp({ workspacePath: file, validateOutput: true });
  cleanups.push(() => {
    app.close();
    if (!opts.file) fs.rmSync(dir, { recursive: true, force: true });
  });
  if (opts.localSeed) loadSeed(app.db, opts.localSeed);
  recordConnection(app.db, { platformUrl: emu.url, user });
  app.repos.settings.set('acting_user', user);
  app.repos.settings.set('platform_url', emu.url);
  const calls: string[] = [];
  const client = createPlatformClient({
    baseUrl: emu.url,
    token: tokenOf(user),
    sleep: () => new Promise((r) => setImmediate(r)),
    maxRetries: opts.clientRetries ?? 6,
    timeoutMs: 10_000,
    onCall: (route) => calls.push(route),
  });
  const engine = createSyncEngine({ db: app.db, events: app.events, client: opts.wrapClient ? opts.wrapClient(client) : client, actingUser: user });
  return {
    app,
    dir,
    user,
    engine,
    client,
    calls,
    async edit(method, input) {
      const result = await app.router.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as MethodOutput<typeof method>;
    },
    outbox: () => app.repos.outbox.list(),
  };
}

/** Users only: the platform's people, known to a fresh workspace. */
export function usersOnly(seed: Seed): SeedInput {
  return { users: seed.users };
}

/** Syncs until a run reports no transient error (faults, drops), at most `max` runs. */
export async function syncUntilClean(d: Desk, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    const report = await d.engine.sync();
    if (report.error === null) return;
  }
  throw new Error(`sync still reported an error after ${max} runs`);
}
