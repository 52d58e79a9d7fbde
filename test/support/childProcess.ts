// The built CLI (dist/cli.cjs) as a child process for the e2e tests and the benchmarks: started,
// waited on until it prints its URL, and stopped (SIGTERM, then SIGKILL if it lingers). Its
// stderr is kept only to explain a failed start.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');
/** What `orgdesk serve` prints: the loopback URL with the session token in its fragment. */
export const SERVE_URL = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;
/** What `orgdesk emulator` prints. */
export const EMULATOR_URL = /http:\/\/127\.0\.0\.1:\d+/;

export interface CliChild {
  /** The first match of `urlPattern` on the child's stdout. */
  url: string;
  child: ChildProcess;
}

/** Runs `node dist/cli.cjs ARGS` and resolves once its stdout shows `urlPattern`. `what` names it in errors. */
export async function startCliChild(args: readonly string[], opts: { what: string; urlPattern: RegExp; timeoutMs: number }): Promise<CliChild> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${opts.what} printed no URL within ${opts.timeoutMs} ms\n${stderr}`)), opts.timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = opts.urlPattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.what} exited with ${String(code)} before printing its URL\n${stderr}`));
    });
  });
  return { url, child };
}

export function stopChild(child: ChildProcess): Promise<void> {
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
