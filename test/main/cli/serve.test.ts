// `orgdesk serve` in-process: prints the URL with its token, serves the renderer and the API
// over the workspace, and stops cleanly (exit 0, database closed) when told to.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { request, rpc } from '../bridge/httpHelpers';
import { corrupt } from '../db/damage';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

let ws: TempWorkspace;
beforeAll(async () => {
  ws = tempWorkspace();
  expect((await ws.run('demo')).code).toBe(0);
});
afterAll(() => ws.remove());

describe('orgdesk serve', () => {
  it('serves until stopped, then exits 0 and releases the workspace', async () => {
    const rendererDir = path.join(ws.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>OrgDesk</title>');
    const stop = new AbortController();
    let stdout = '';
    let stderr = '';
    const running = runCli(['--workspace', ws.file, 'serve'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
      rendererDir,
      signal: stop.signal,
    });
    await expect.poll(() => stdout, { timeout: 5000 }).toMatch(/\n$/);
    const url = stdout.trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(stderr).not.toContain(url.split('#token=')[1] ?? 'no token');
    const port = Number(new URL(url).port);
    const token = url.split('#token=')[1] ?? '';
    expect((await request(port, { path: '/' })).body).toContain('<title>OrgDesk</title>');
    const info = JSON.parse((await rpc(port, token, 'workspace.info', {})).body);
    expect(info).toMatchObject({ ok: true, value: { actingUser: 'user-d', path: ws.file } });
    expect((await rpc(port, 'wrong', 'workspace.info', {})).status).toBe(401);
    stop.abort();
    expect(await running).toBe(0);
    await expect(request(port, { path: '/' })).rejects.toThrow();
    // The database was closed: the next command opens the same file without trouble.
    expect((await ws.run('whoami')).code).toBe(0);
  });

  it('reports a port already in use as a one-line failure (exit 1)', async () => {
    const first = new AbortController();
    let stdout = '';
    const running = runCli(['--workspace', ws.file, 'serve'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      env: {},
      rendererDir: ws.dir,
      signal: first.signal,
    });
    await expect.poll(() => stdout, { timeout: 5000 }).toMatch(/\n$/);
    const port = new URL(stdout.trim()).port;
    const clash = await ws.run('serve', '--port', port);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`orgdesk: port ${port} is already in use`);
    first.abort();
    expect(await running).toBe(0);
  });

  it('serves a damaged workspace in recovery mode, so the browser can restore a backup', async () => {
    const damaged = tempWorkspace();
    try {
      expect((await damaged.run('demo')).code).toBe(0);
      corrupt(damaged.file);
      const stop = new AbortController();
      let stdout = '';
      let stderr = '';
      const running = runCli(['--workspace', damaged.file, 'serve'], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        env: {},
        rendererDir: damaged.dir,
        signal: stop.signal,
      });
      await expect.poll(() => stdout, { timeout: 5000 }).toMatch(/\n$/);
      const url = new URL(stdout.trim());
      const token = url.hash.replace('#token=', '');
      expect(stderr).toContain('failed its integrity check; open the URL above to restore a backup');
      const recovery = JSON.parse((await rpc(Number(url.port), token, 'workspace.recovery', {})).body);
      expect(recovery).toMatchObject({ ok: true, value: { state: 'damaged' } });
      const info = JSON.parse((await rpc(Number(url.port), token, 'workspace.info', {})).body);
      expect(info).toMatchObject({ ok: false, error: { code: 'InvalidState' } });
      stop.abort();
      expect(await running).toBe(0);
    } finally {
      damaged.remove();
    }
  });
});
