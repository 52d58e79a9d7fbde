// A real workspace (openApp over a temp SQLite file) wired to the real platform client and
// sync engine, against the real emulator on loopback seeded with the demo. The client sleeps
// no time between retries so offline runs end quickly. Records every event as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import { startEmulator } from '../../../../main/emulator/index';
import type { EmulatorHandle } from '../../../../main/emulator/index';
import { demoSeed } from '../../../../main/seed/demoSeed';
import type { Seed } from '../../../../main/seed/seedSchema';
import { memoryTokenStore } from '../../../../main/sync/tokens/index';
import type { TokenStore } from '../../../../main/sync/tokens/index';
import type { Result } from '../../../../shared/rpc/index';

/** Recognisable in any byte dump: user-d's token on the emulator. */
export const SECRET_TOKEN = 'GLUE-SECRET-TOKEN-7f3e1b9c2d';
/** user-a's token: an ADMIN of org-lab only. */
export const OTHER_TOKEN = 'GLUE-OTHER-TOKEN-a41d77';

export function glueSeed(): Seed {
  return { ...demoSeed, tokens: { ...demoSeed.tokens, [SECRET_TOKEN]: 'user-d', [OTHER_TOKEN]: 'user-a' } };
}

export async function emulator(): Promise<EmulatorHandle> {
  return startEmulator({ seed: glueSeed() });
}

export interface GlueApp {
  app: OrgDeskApp;
  dir: string;
  file: string;
  events: string[];
  errors: string[];
  /** router.dispatch; failures are kept (their messages) and returned. */
  call<T = unknown>(method: string, input?: unknown): Promise<Result<T>>;
  ok<T = unknown>(method: string, input?: unknown): Promise<T>;
  close(): void;
}

export function glueApp(opts: { tokenStore?: TokenStore; demo?: boolean } = {}): GlueApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-glue-'));
  const file = path.join(dir, 'workspace.sqlite');
  const app = openApp({
    workspacePath: file,
    validateOutput: true,
    tokenStore: opts.tokenStore ?? memoryTokenStore(),
    sync: { clientOptions: { sleep: async () => undefined, timeoutMs: 5_000 } },
  });
  if (opts.demo) app.services.demo.openDemo();
  const events: string[] = [];
  const errors: string[] = [];
  app.events.subscribe((event, payload) => events.push(`${event} ${JSON.stringify(payload)}`));
  const g: GlueApp = {
    app,
    dir,
    file,
    events,
    errors,
    async call<T>(method: string, input: unknown = {}) {
      const r = (await app.router.dispatch(method, input)) as Result<T>;
      if (!r.ok) errors.push(JSON.stringify(r.error));
      return r;
    },
    async ok<T>(method: string, input: unknown = {}) {
      const r = await g.call<T>(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    close() {
      app.close();
    },
  };
  return g;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every byte of the workspace: the database, its WAL and shared memory, if present. */
export function workspaceBytes(file: string): Buffer {
  return Buffer.concat(['', '-wal', '-shm', '-journal'].map((s) => file + s).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}
