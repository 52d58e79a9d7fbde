// `orgdesk emulator` in-process: starts on 127.0.0.1 from the demo seed or a seed file, prints
// the URL and "TOKEN -> USER" lines, serves until stopped, exits 0; bad --faults is a usage
// error (exit 2) naming the part; an unreadable or invalid seed is exit 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { post } from './emuHelpers';

const dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-emu-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const stop = new AbortController();
  const out = { stdout: '', stderr: '' };
  const running = runCli(['emulator', ...args], {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env: {},
    signal: stop.signal,
  });
  return { stop, out, running };
}

describe('orgdesk emulator', () => {
  it('serves the demo seed until stopped, printing the URL and the tokens', async () => {
    const { stop, out, running } = start([]);
    await expect.poll(() => out.stdout, { timeout: 5000 }).toContain('token-for-f -> user-f');
    const [url = '', ...tokens] = out.stdout.trim().split('\n');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(tokens).toContain('token-for-d -> user-d');
    const port = Number(new URL(url).port);
    const r = await post({ port }, '/system/whoami', {}, { token: 'token-for-d' });
    expect(JSON.parse(r.body)).toEqual({ id: 'user-d' });
    stop.abort();
    expect(await running).toBe(0);
    await expect(post({ port }, '/system/whoami')).rejects.toThrow();
  });

  it('takes --seed, --port and --faults', async () => {
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ users: [{ id: 'user-x' }], tokens: { tx: 'user-x' } }));
    const { stop, out, running } = start(['--seed', seedFile, '--faults', 'rate=1']);
    await expect.poll(() => out.stdout, { timeout: 5000 }).toContain('tx -> user-x');
    const port = Number(new URL(out.stdout.split('\n')[0] ?? '').port);
    expect((await post({ port }, '/system/whoami', {}, { token: 'tx' })).status).toBe(503);
    stop.abort();
    expect(await running).toBe(0);
  });

  it('refuses a bad --faults with exit 2 naming the part', async () => {
    const { out, running } = start(['--faults', 'rate=0.1,boom=3']);
    expect(await running).toBe(2);
    expect(out.stderr).toBe("orgdesk: invalid --faults: unknown fault 'boom=3' (known: rate=P, 429-after=N, latency=MS, html-errors, drop=P)\n");
    expect(out.stdout).toBe('');
  });

  it('refuses a missing or invalid seed file with exit 1', async () => {
    const missing = start(['--seed', path.join(dir, 'nope.json')]);
    expect(await missing.running).toBe(1);
    expect(missing.out.stderr).toContain('cannot read seed');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ users: [{ id: 'user-x' }], tokens: { t: 'user-y' } }));
    const invalid = start(['--seed', bad]);
    expect(await invalid.running).toBe(1);
    expect(invalid.out.stderr).toContain('tokens.t: user-y is not in users');
  });

  it('prints its help', async () => {
    const { out, running } = start(['--help']);
    expect(await running).toBe(0);
    expect(out.stdout).toContain('usage: orgdesk emulator [--seed FILE] [--port N] [--faults SPEC]');
  });
});
