// Starts `orgdesk serve` on a fresh temporary workspace for one test file (a child process
// running the built dist/cli.cjs), hands its tokenised URL to the tests and stops it after.
// Never reuses a developer's workspace and never prints the token.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { ROOT, SERVE_URL, startCliChild, stopChild } from '../support/childProcess';

export { ROOT };
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

export interface OrgDeskServer {
  url: string;
  workspace: string;
  stop(): Promise<void>;
}

export async function startServer(timeoutMs = 20_000): Promise<OrgDeskServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-e2e-'));
  const workspace = path.join(dir, 'workspace.sqlite');
  const { url, child } = await startCliChild(['--workspace', workspace, 'serve', '--port', '0'], { what: 'orgdesk serve', urlPattern: SERVE_URL, timeoutMs });
  return {
    url,
    workspace,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a server for the calling test file: started before its first test, stopped after its last. */
export function useServer(): () => OrgDeskServer {
  let server: OrgDeskServer | null = null;
  base.beforeAll(async () => {
    server = await startServer();
  });
  base.afterAll(async () => {
    await server?.stop();
    server = null;
  });
  return () => {
    if (!server) throw new Error('the OrgDesk server is not running (useServer() must be called at file or describe level)');
    return server;
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

export { expect } from '@playwright/test';
export const test = base;
