// The built CLI as scripts run it: `node dist/cli.cjs` and the package's bin launcher, as
// child processes with real exit codes, stdout, stderr and signals. `npm run build` (run by
// `npm ci` through `prepare`) writes the bundle; when it is missing, the CLI part is built here
// with build.mjs's esbuild options so this test never runs against nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

const root = path.resolve(__dirname, '../../..');
const bundle = path.join(root, 'dist', 'cli.cjs');
const bin = path.join(root, 'main', 'cli', 'bin.cjs');

let ws: TempWorkspace;

function orgdesk(entry: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: ws.dir, ...env }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  if (!existsSync(bundle)) {
    await build({
      absWorkingDir: root,
      entryPoints: ['main/cli/main.ts'],
      outfile: 'dist/cli.cjs',
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      logLevel: 'warning',
      external: ['electron', 'better-sqlite3'],
    });
  }
  ws = tempWorkspace();
}, 60_000);
afterAll(() => ws.remove());

describe('the built orgdesk CLI', () => {
  it('runs demo and explain through bin.cjs and dist/cli.cjs, with $ORGDESK_WORKSPACE', () => {
    const demo = orgdesk(bin, ['demo'], { ORGDESK_WORKSPACE: ws.file });
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    const explain = orgdesk(bundle, ['--workspace', ws.file, 'explain', 'user-b', 'Raw Data', '--json']);
    expect(explain.code).toBe(0);
    const e = JSON.parse(explain.stdout) as { project: string; level: string; routes: Array<{ org?: string; cap?: string }> };
    expect(e.project).toBe(DEMO_PROJECT_IDS.rawData);
    expect(e.level).toBe('UPLOAD');
    expect(e.routes[0]).toMatchObject({ org: 'org-lab', cap: 'CONTRIBUTE' });
  });

  it('exits 2 on bad usage and 1 on a refused edit, with one line on stderr', () => {
    const usage = orgdesk(bundle, ['--workspace', ws.file, 'member', 'set', 'org-lab', 'user-b', '--level', 'BOSS']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toBe("orgdesk: invalid value 'BOSS' for --level: use ADMIN or MEMBER\n");
    const refused = orgdesk(bundle, ['--workspace', ws.file, 'project', 'unshare', 'Resources', 'org-lab']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^orgdesk: [^\n]+\n$/);
    const outbox = orgdesk(bundle, ['--workspace', ws.file, 'outbox', '--json']);
    expect(JSON.parse(outbox.stdout)).toEqual({ entries: [] });
  });

  it('serve prints the URL and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle, '--workspace', ws.file, 'serve'], { env: { PATH: process.env.PATH ?? '', HOME: ws.dir } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => stdout, { timeout: 10_000 }).toMatch(/\n/);
    const url = new URL(stdout.trim());
    expect(url.hash).toMatch(/^#token=[A-Za-z0-9_-]{43}$/);
    const res = await fetch(`${url.origin}/rpc/workspace.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${url.hash.slice('#token='.length)}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, value: { actingUser: 'user-d' } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
