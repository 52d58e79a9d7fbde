// Real HTTP against a running emulator on 127.0.0.1 (node:http, so tests can send any content
// type or method and see a dropped connection as an error), plus shortcuts for the happy path
// (`ok`) and for refusals (`refused`, which returns the status and the error object).
import http from 'node:http';
import { afterEach, expect } from 'vitest';
import type { EmulatorHandle, EmulatorOptions } from '../../../main/emulator/index';
import { startEmulator } from '../../../main/emulator/index';
import { demoSeed } from '../../../main/seed/demoSeed';

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface PostOptions {
  token?: string | null;
  contentType?: string | null;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
  method?: string;
}

export function post(emu: Pick<EmulatorHandle, 'port'>, path: string, body: unknown = {}, opts: PostOptions = {}): Promise<RawReply> {
  const headers: Record<string, string> = {};
  const contentType = opts.contentType === undefined ? 'application/json' : opts.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  const token = opts.token === undefined ? 'token-for-d' : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: emu.port, method: opts.method ?? 'POST', path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.raw ?? (opts.method === 'GET' ? undefined : JSON.stringify(body)));
  });
}

export async function ok<T = Record<string, unknown>>(emu: EmulatorHandle, token: string, path: string, body: unknown = {}): Promise<T> {
  const r = await post(emu, path, body, { token });
  if (r.status !== 200) throw new Error(`${path} answered ${r.status}: ${r.body}`);
  expect(r.headers['content-type']).toBe('application/json');
  return JSON.parse(r.body) as T;
}

export interface Refusal {
  status: number;
  type: string;
  message: string;
  details?: unknown;
}

export async function refused(emu: EmulatorHandle, token: string, path: string, body: unknown = {}): Promise<Refusal> {
  const r = await post(emu, path, body, { token });
  if (r.status === 200) throw new Error(`${path} succeeded: ${r.body}`);
  const parsed = JSON.parse(r.body) as { error: Omit<Refusal, 'status'> };
  expect(Object.keys(parsed)).toEqual(['error']);
  return { status: r.status, ...parsed.error };
}

const running: EmulatorHandle[] = [];

/** Started emulators are closed after each test. */
export async function emulator(opts: Partial<EmulatorOptions> = {}): Promise<EmulatorHandle> {
  const emu = await startEmulator({ seed: demoSeed, ...opts });
  running.push(emu);
  return emu;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export const TOKEN = { a: 'token-for-a', b: 'token-for-b', c: 'token-for-c', d: 'token-for-d', e: 'token-for-e', f: 'token-for-f' } as const;
