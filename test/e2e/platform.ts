// The sandbox platform for e2e tests: `orgdesk emulator` as a child process (so a test can stop
// it to go offline and start it again on the same port), plus direct HTTP calls to it acting as
// another user — the "remote edits" a conflict needs. Never touches a real platform.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures';

const CLI = path.join(ROOT, 'dist', 'cli.cjs');

export interface EmulatorProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts `orgdesk emulator` (the demo seed unless `seedFile` is given) and waits for its URL. */
export async function startEmulatorProcess(opts: { port?: number; seedFile?: string; timeoutMs?: number } = {}): Promise<EmulatorProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  const args = [CLI, 'emulator', '--port', String(opts.port ?? 0), ...(opts.seedFile ? ['--seed', opts.seedFile] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`orgdesk emulator printed no URL within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`orgdesk emulator exited with ${String(code)} before printing its URL\n${stderr}`));
    });
  });
  return { url, port: Number(new URL(url).port), stop: () => stopChild(child) };
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

/** One platform API call (POST, JSON, bearer token) as platform-api.md §1 describes. */
export async function platformCall<T>(baseUrl: string, route: string, token: string, body: object): Promise<T> {
  const res = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${route} answered HTTP ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

export interface PlatformMember {
  id: string;
  level: 'ADMIN' | 'MEMBER';
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: string;
}

export async function findMember(baseUrl: string, org: string, user: string, token: string): Promise<PlatformMember | undefined> {
  const reply = await platformCall<{ results: PlatformMember[] }>(baseUrl, `/${org}/findMembers`, token, { id: [user] });
  return reply.results.find((m) => m.id === user);
}
