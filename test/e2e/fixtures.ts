// Starts `orgdesk serve` on a fresh temporary workspace for one test file (a child process
// running the built dist/cli.cjs), hands its tokenised URL to the tests and stops it after.
// Never reuses a developer's workspace and never prints the token.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');

export interface OrgDeskServer {
  url: string;
  workspace: string;
  stop(): Promise<void>;
}

export async function startServer(timeoutMs = 20_000): Promise<OrgDeskServer> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-e2e-'));
  const workspace = path.join(dir, 'workspace.sqlite');
  const child = spawn(process.execPath, [CLI, '--workspace', workspace, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`orgdesk serve printed no URL within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`orgdesk serve exited with ${String(code)} before printing its URL\n${stderr}`));
    });
  });
  return {
    url,
    workspace,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
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
