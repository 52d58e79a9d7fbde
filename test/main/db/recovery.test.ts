// Recovery end to end in Node: a workspace that fails its integrity check opens in recovery
// mode (never silently empty), offers its backups, and restoring one brings its data back
// through the same router the window uses. Starting fresh keeps the damaged file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import { listBackups } from '../../../main/db/backup';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { openWorkspaceSession, type WorkspaceSession } from '../../../main/workspaceSession';
import type { Result } from '../../../shared/rpc/index';
import { tempDir } from '../services/fixtures';
import { corrupt } from './damage';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function workspaceFile(): string {
  const d = tempDir();
  cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return path.join(d, 'workspace.sqlite');
}

function session(file: string): WorkspaceSession {
  const s = openWorkspaceSession({ workspacePath: file, validateOutput: true });
  cleanup.unshift(() => s.close());
  return s;
}

/** The demo workspace with a backup of it, then one more org written after the backup. */
function demoWithBackup(file: string): void {
  const app = openApp({ workspacePath: file });
  app.services.demo.openDemo();
  app.close();
  openApp({ workspacePath: file, backupEveryMs: 0 }).close();
  const later = openDatabase(file);
  later.prepare("INSERT INTO orgs (id, name) VALUES ('org-after-backup', 'After backup')").run();
  closeDatabase(later);
}

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('a damaged workspace', () => {
  it('opens in recovery mode, refuses everything else, and restores the last good backup', async () => {
    const file = workspaceFile();
    demoWithBackup(file);
    corrupt(file);
    const damagedBytes = fs.readFileSync(file);

    const s = session(file);
    expect(s.mode().kind).toBe('recovery');
    const info = await s.router.dispatch('workspace.info', {});
    expect(info).toMatchObject({ ok: false, error: { code: 'InvalidState', message: expect.stringContaining('failed its integrity check') } });
    expect(await s.router.dispatch('workspace.openDemo', {})).toMatchObject({ ok: false, error: { code: 'InvalidState' } });

    const status = value<{ state: string; problem: string; backups: Array<{ name: string }> }>(await s.router.dispatch('workspace.recovery', {}));
    expect(status.state).toBe('damaged');
    expect(status.problem).toMatch(/malformed|out of range|corrupt|invalid page|Tree \d+ page/i);
    expect(status.backups.map((b) => b.name)).toEqual(listBackups(file).map((b) => b.name));
    expect(status.backups).toHaveLength(1);

    // Bad input changes nothing: wrong shape, a path instead of a name, an unknown backup.
    expect(await s.router.dispatch('workspace.restoreBackup', { backup: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(await s.router.dispatch('workspace.restoreBackup', { backup: 'workspace-20990101-000000000-v1.db' })).toMatchObject({
      ok: false,
      error: { code: 'InvalidState', message: expect.stringContaining('No backup named') },
    });
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);
    expect(s.mode().kind).toBe('recovery');

    const swaps: string[] = [];
    s.onSwap((m) => swaps.push(m.kind));
    const restored = value<{ restored: string; setAside: string }>(await s.router.dispatch('workspace.restoreBackup', { backup: status.backups[0]?.name }));
    expect(restored.restored).toBe(status.backups[0]?.name);
    expect(swaps).toEqual(['ready']);
    expect(s.mode().kind).toBe('ready');

    // The backup's data, through the same router: the demo is back, the later org is not.
    const after = value<{ isEmpty: boolean; path: string }>(await s.router.dispatch('workspace.info', {}));
    expect(after).toMatchObject({ isEmpty: false, path: file });
    const orgs = value<{ orgs: Array<{ id: string }> }>(await s.router.dispatch('orgs.list', {}));
    expect(orgs.orgs.map((o) => o.id).sort()).toEqual(['org-lab', 'org-lab_new']);
    const members = value<{ members: Array<{ user: string }> }>(await s.router.dispatch('members.list', { org: 'org-lab' }));
    expect(members.members.map((m) => m.user)).toContain('user-e');

    // The damaged file is kept beside it, byte for byte, and the backup is still there.
    expect(fs.readFileSync(restored.setAside).equals(damagedBytes)).toBe(true);
    expect(fs.existsSync(listBackups(file).find((b) => b.name === restored.restored)?.file ?? '')).toBe(true);
    expect(value<{ state: string }>(await s.router.dispatch('workspace.recovery', {})).state).toBe('ok');
  });

  it('forwards events of the restored workspace on the same feed', async () => {
    const file = workspaceFile();
    demoWithBackup(file);
    corrupt(file);
    const s = session(file);
    const seen: string[] = [];
    s.events.subscribe((event) => seen.push(event));
    const { backups } = value<{ backups: Array<{ name: string }> }>(await s.router.dispatch('workspace.recovery', {}));
    await s.router.dispatch('workspace.restoreBackup', { backup: backups[0]?.name });
    value(await s.router.dispatch('orgs.create', { handle: 'fresh', name: 'Fresh' }));
    expect(seen).toContain('workspace.changed');
  });

  it('refuses a backup that is damaged too, leaving the workspace as it was', async () => {
    const file = workspaceFile();
    demoWithBackup(file);
    corrupt(file);
    const [backup] = listBackups(file);
    corrupt(backup?.file ?? '');
    const s = session(file);
    const result = await s.router.dispatch('workspace.restoreBackup', { backup: backup?.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidState', message: expect.stringContaining('damaged too') } });
    expect(s.mode().kind).toBe('recovery');
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.damaged-'))).toEqual([]);
  });

  it('starts fresh only when asked, keeping the damaged file aside', async () => {
    const file = workspaceFile();
    demoWithBackup(file);
    corrupt(file);
    const s = session(file);
    const { setAside } = value<{ setAside: string }>(await s.router.dispatch('workspace.startFresh', {}));
    expect(setAside).toMatch(/workspace\.sqlite\.damaged-\d{8}-\d{9}$/);
    expect(fs.existsSync(setAside)).toBe(true);
    expect(value<{ isEmpty: boolean }>(await s.router.dispatch('workspace.info', {})).isEmpty).toBe(true);
  });

  it('treats a file whose header is not SQLite as damaged too', async () => {
    const file = workspaceFile();
    fs.writeFileSync(file, 'definitely not a database '.repeat(100));
    const s = session(file);
    expect(value<{ state: string }>(await s.router.dispatch('workspace.recovery', {})).state).toBe('damaged');
  });
});

describe('a healthy workspace', () => {
  it('opens ready and refuses restore and start-fresh without changing anything', async () => {
    const file = workspaceFile();
    demoWithBackup(file);
    const s = session(file);
    expect(s.mode().kind).toBe('ready');
    const status = value<{ state: string; backups: unknown[] }>(await s.router.dispatch('workspace.recovery', {}));
    expect(status).toMatchObject({ state: 'ok', backups: [expect.anything()] });
    const [backup] = listBackups(file);
    expect(await s.router.dispatch('workspace.restoreBackup', { backup: backup?.name })).toMatchObject({ ok: false, error: { code: 'InvalidState' } });
    expect(await s.router.dispatch('workspace.startFresh', {})).toMatchObject({ ok: false, error: { code: 'InvalidState' } });
    const orgs = value<{ orgs: Array<{ id: string }> }>(await s.router.dispatch('orgs.list', {}));
    expect(orgs.orgs.map((o) => o.id)).toContain('org-after-backup');
  });

  it('switches to another file and closes the previous one', async () => {
    const first = workspaceFile();
    const second = workspaceFile();
    const s = session(first);
    const before = s.mode();
    s.switchTo(second);
    expect(before.kind === 'ready' && before.app.db.open).toBe(false);
    expect(value<{ path: string }>(await s.router.dispatch('workspace.info', {})).path).toBe(second);
  });

  it('is not recovery when the file comes from a newer OrgDesk: that is an error to show', () => {
    const file = workspaceFile();
    openApp({ workspacePath: file }).close();
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    closeDatabase(db);
    expect(() => openWorkspaceSession({ workspacePath: file })).toThrow(/newer OrgDesk/);
  });
});
