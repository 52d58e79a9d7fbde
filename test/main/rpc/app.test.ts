// The composition root and workspace path rules: restart keeps edits, newer files refused,
// default paths equal Electron's userData for OrgDesk.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import { defaultWorkspacePath, resolveWorkspacePath } from '../../../main/workspacePath';
import { tempDir } from '../services/fixtures';
import { SCHEMA_VERSION } from '../../../main/db/migrate';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('openApp', () => {
  it('creates missing folders, migrates, and keeps edits across a restart', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'nested', 'deeper', 'workspace.sqlite');
    const first = openApp({ workspacePath: file });
    await first.router.dispatch('workspace.openDemo', {});
    await first.router.dispatch('members.update', { org: 'org-lab', user: 'user-b', appAccess: false });
    first.close();
    first.close();
    const second = openApp({ workspacePath: file });
    const r = await second.router.dispatch('outbox.summary', {});
    expect(r).toEqual({ ok: true, value: { pending: 1, failed: 0, conflict: 0 } });
    expect(await second.router.dispatch('workspace.info', {})).toMatchObject({ ok: true, value: { path: file, actingUser: 'user-d', pendingEdits: 1 } });
    second.close();
  });

  it('refuses a workspace from a newer build', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'w.sqlite');
    const app = openApp({ workspacePath: file });
    app.db.pragma('user_version = 42');
    app.close();
    expect(() => openApp({ workspacePath: file })).toThrow(`This workspace was written by a newer OrgDesk (schema 42, this build knows ${SCHEMA_VERSION})`);
  });
});

describe('workspace path', () => {
  it("matches Electron's userData for productName OrgDesk on each platform", () => {
    expect(defaultWorkspacePath({}, 'linux', '/home/ada')).toBe('/home/ada/.config/OrgDesk/workspace.sqlite');
    expect(defaultWorkspacePath({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/OrgDesk/workspace.sqlite');
    expect(defaultWorkspacePath({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/OrgDesk/workspace.sqlite');
    expect(defaultWorkspacePath({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\OrgDesk\\workspace.sqlite',
    );
  });

  it('prefers the flag, then $ORGDESK_WORKSPACE, then the default', () => {
    expect(resolveWorkspacePath('/tmp/a.sqlite', { ORGDESK_WORKSPACE: '/tmp/b.sqlite' })).toBe('/tmp/a.sqlite');
    expect(resolveWorkspacePath(undefined, { ORGDESK_WORKSPACE: '/tmp/b.sqlite' })).toBe('/tmp/b.sqlite');
    expect(resolveWorkspacePath(undefined, { XDG_CONFIG_HOME: '/xdg' })).toMatch(/OrgDesk[\\/]workspace\.sqlite$/);
  });
});
