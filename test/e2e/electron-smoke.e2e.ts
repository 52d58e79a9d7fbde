// Smoke test of the real desktop app: Electron main + sandboxed preload + IPC + SQLite, from a
// temporary workspace to the demo's Members view. Skips (with the reason) where the Electron
// binary was never downloaded, since node_modules/electron fetches it lazily.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { DesktopApi } from '../../shared/rpc/index';
import { ELECTRON_SKIP_REASON, electronBinary } from './electronBinary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const binary = electronBinary();

test.describe('Electron desktop app', () => {
  test.skip(binary === null, ELECTRON_SKIP_REASON);

  let workDir = '';
  let app: ElectronApplication | null = null;

  test.beforeAll(() => {
    // npm start does the same: an Electron-ABI better-sqlite3 next to the Node build.
    execFileSync(process.execPath, [path.join(root, 'main', 'tools', 'ensureElectronSqlite.mjs')], { cwd: root, stdio: 'inherit' });
  });

  test.beforeEach(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-electron-e2e-'));
  });

  test.afterEach(async () => {
    await app?.close();
    app = null;
    rmSync(workDir, { recursive: true, force: true });
  });

  const launch = (): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: binary ?? undefined,
      args: [path.join(root, 'dist', 'main', 'electron.cjs')],
      cwd: root,
      env: { ...process.env, ORGDESK_WORKSPACE: path.join(workDir, 'workspace.sqlite') },
    });

  test('opens the demo and shows user-e in Members', async () => {
    app = await launch();
    const page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/orgdesk\//);

    // The page sees window.orgdesk (call + on) and no Node.
    const surface = await page.evaluate(async () => {
      const api = (window as Window & { orgdesk?: DesktopApi }).orgdesk;
      return {
        keys: api ? Object.keys(api).sort() : [],
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        unknown: api ? await api.call('workspace.dropAll', {}) : null,
      };
    });
    expect(surface).toMatchObject({ keys: ['call', 'on'], hasRequire: false, hasProcess: false, unknown: { ok: false, error: { code: 'UnknownMethod' } } });

    await page.getByRole('button', { name: /open demo/i }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Members/ }).click();
    await expect(page.getByRole('heading', { name: /^Members/ }).first()).toBeVisible();
    await expect(page.getByText('user-e').first()).toBeVisible();
  });

  test('has the platform menu, and shows the recovery screen for a damaged workspace, restoring its backup', async () => {
    app = await launch();
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label.replace(/&/g, '')) ?? []);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    const page = await app.firstWindow();
    await page.getByRole('button', { name: /open demo/i }).click();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await app.close();
    app = null;

    // A backup exists once the workspace holds data (daily backup at start-up); then damage the file.
    app = await launch();
    await (await app.firstWindow()).getByRole('navigation', { name: 'Views' }).waitFor();
    await app.close();
    app = null;
    expect(readdirSync(path.join(workDir, 'backups')).length).toBeGreaterThan(0);
    const file = path.join(workDir, 'workspace.sqlite');
    expect(existsSync(file)).toBe(true);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096);
    closeSync(fd);

    app = await launch();
    const damaged = await app.firstWindow();
    await expect(damaged.getByRole('heading', { name: /workspace is damaged/i })).toBeVisible();
    await damaged.getByRole('button', { name: 'Restore this backup' }).click();
    await damaged.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Members/ }).click();
    await expect(damaged.getByText('user-e').first()).toBeVisible();
  });
});
