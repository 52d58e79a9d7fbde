// The sandbox platform for e2e tests: `orgdesk emulator` as a child process (so a test can stop
// it to go offline and start it again on the same port), plus direct HTTP calls to it acting as
// another user — the "remote edits" a conflict needs. Never touches a real platform.
import { test } from '@playwright/test';
import { EMULATOR_URL, startCliChild, stopChild } from '../support/childProcess';

export interface EmulatorProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts `orgdesk emulator` (the demo seed unless `seedFile` is given) and waits for its URL. */
export async function startEmulatorProcess(opts: { port?: number; seedFile?: string; timeoutMs?: number } = {}): Promise<EmulatorProcess> {
  const args = ['emulator', '--port', String(opts.port ?? 0), ...(opts.seedFile ? ['--seed', opts.seedFile] : [])];
  const { url, child } = await startCliChild(args, { what: 'orgdesk emulator', urlPattern: EMULATOR_URL, timeoutMs: opts.timeoutMs ?? 20_000 });
  return { url, port: Number(new URL(url).port), stop: () => stopChild(child) };
}

export interface FileEmulator {
  /** Starts the emulator (a test may stop it to go offline, then start it again on its port). */
  start(opts?: { port?: number; seedFile?: string }): Promise<EmulatorProcess>;
  /** The running emulator; throws before start(). */
  current(): EmulatorProcess;
}

/** An emulator for the calling test file: started by the test that needs it, stopped after the file's last test. */
export function useEmulator(): FileEmulator {
  let emulator: EmulatorProcess | null = null;
  test.afterAll(async () => {
    await emulator?.stop();
    emulator = null;
  });
  return {
    async start(opts = {}) {
      emulator = await startEmulatorProcess(opts);
      return emulator;
    },
    current() {
      if (!emulator) throw new Error('the emulator is not running');
      return emulator;
    },
  };
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
