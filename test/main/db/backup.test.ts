// Backups before migrations (a real pending migration on a copy), pruning to the newest N, the
// optional daily copy, and the clean-shutdown checkpoint that leaves one self-contained file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import { KEEP_BACKUPS, backupDir, backupWorkspace, listBackups, pruneBackups } from '../../../main/db/backup';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/db/migrate';
import { MIGRATIONS } from '../../../main/db/migrations/index';
import { tempDir } from '../services/fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function workspaceFile(): string {
  const d = tempDir();
  dirs.push(d);
  return path.join(d, 'workspace.sqlite');
}

/** A workspace written by an older build: only the first migration applied, with one user in it. */
function oldWorkspace(file: string): void {
  const db = openDatabase(file);
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare("INSERT INTO users (id, email, first, last) VALUES ('user-old', 'old@example.org', 'Olga', 'Old')").run();
  closeDatabase(db);
}

function readOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

describe('backup before a migration', () => {
  it('copies the workspace at its old schema version, then migrates it', () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    const file = workspaceFile();
    oldWorkspace(file);

    const app = openApp({ workspacePath: file });
    expect(schemaVersion(app.db)).toBe(SCHEMA_VERSION);
    app.close();

    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    const [backup] = backups;
    expect(backup?.name).toMatch(/^workspace-\d{8}-\d{9}-v1\.db$/);
    expect(path.dirname(backup?.file ?? '')).toBe(path.join(path.dirname(file), 'backups'));
    const copy = readOnly(backup?.file ?? '');
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT id FROM users').all()).toEqual([{ id: 'user-old' }]);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('takes no backup of a brand-new workspace or of one that is already current', () => {
    const file = workspaceFile();
    openApp({ workspacePath: file }).close();
    openApp({ workspacePath: file }).close();
    expect(fs.existsSync(backupDir(file))).toBe(false);
  });

  it('migrates nothing when the backup cannot be written', () => {
    const file = workspaceFile();
    oldWorkspace(file);
    // A plain file where the backups folder should be: mkdir fails, so the migration must not run.
    fs.writeFileSync(backupDir(file), 'in the way');
    expect(() => openApp({ workspacePath: file })).toThrow();
    const db = readOnly(file);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('calls beforeMigrate only when migrations are pending on existing data', () => {
    const file = workspaceFile();
    const db = openDatabase(file);
    const calls: Array<[number, number]> = [];
    migrate(db, MIGRATIONS.slice(0, 1), { beforeMigrate: (from, to) => calls.push([from, to]) });
    migrate(db, MIGRATIONS.slice(0, 1), { beforeMigrate: (from, to) => calls.push([from, to]) });
    migrate(db, MIGRATIONS, { beforeMigrate: (from, to) => calls.push([from, to]) });
    expect(calls).toEqual([[1, SCHEMA_VERSION]]);
    closeDatabase(db);
  });
});

describe('backupWorkspace and pruning', () => {
  it(`keeps the newest ${KEEP_BACKUPS}, deleting older ones`, () => {
    const file = workspaceFile();
    const db = openDatabase(file);
    migrate(db);
    const start = Date.UTC(2026, 0, 2, 3, 4, 5, 0);
    const made = Array.from({ length: KEEP_BACKUPS + 2 }, (_, i) => backupWorkspace(db, file, { schemaVersion: SCHEMA_VERSION, now: start + i * 60_000 }));
    closeDatabase(db);
    const kept = listBackups(file);
    expect(kept.map((b) => b.name)).toEqual(made.slice(2).reverse().map((b) => b.name));
    expect(kept[kept.length - 1]?.createdAt).toBe(start + 2 * 60_000);
    expect(made[0]?.name).toBe(`workspace-20260102-030405000-v${SCHEMA_VERSION}.db`);
    // Files that only look similar are never listed or pruned.
    fs.writeFileSync(path.join(backupDir(file), 'notes.txt'), 'keep me');
    fs.writeFileSync(path.join(backupDir(file), 'other-20260102-030405000-v1.db'), 'another workspace');
    expect(pruneBackups(file, 1)).toHaveLength(KEEP_BACKUPS - 1);
    expect(fs.readdirSync(backupDir(file)).sort()).toEqual([kept[0]?.name, 'notes.txt', 'other-20260102-030405000-v1.db'].sort());
  });

  it('does not overwrite a backup taken in the same millisecond', () => {
    const file = workspaceFile();
    const db = openDatabase(file);
    migrate(db);
    const a = backupWorkspace(db, file, { schemaVersion: SCHEMA_VERSION, now: 1_000 });
    const b = backupWorkspace(db, file, { schemaVersion: SCHEMA_VERSION, now: 1_000 });
    closeDatabase(db);
    expect(a.name).not.toBe(b.name);
    expect(listBackups(file)).toHaveLength(2);
  });

  it('includes edits still in the WAL', () => {
    const file = workspaceFile();
    const db = openDatabase(file);
    migrate(db);
    db.prepare("INSERT INTO users (id, email, first, last) VALUES ('user-wal', 'w@example.org', 'W', 'Al')").run();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const backup = backupWorkspace(db, file, { schemaVersion: SCHEMA_VERSION });
    closeDatabase(db);
    const copy = readOnly(backup.file);
    expect(copy.prepare('SELECT id FROM users').all()).toEqual([{ id: 'user-wal' }]);
    copy.close();
  });

  it('backs up a workspace with data at open when asked and the newest backup is too old', () => {
    const file = workspaceFile();
    const first = openApp({ workspacePath: file, backupEveryMs: 0 });
    first.close();
    expect(listBackups(file)).toEqual([]); // empty: nothing worth keeping yet
    const withData = openApp({ workspacePath: file });
    withData.services.demo.openDemo();
    withData.close();
    openApp({ workspacePath: file, backupEveryMs: 24 * 3600_000 }).close();
    expect(listBackups(file)).toHaveLength(1);
    openApp({ workspacePath: file, backupEveryMs: 24 * 3600_000 }).close();
    expect(listBackups(file)).toHaveLength(1);
  });
});

describe('clean shutdown', () => {
  it('checkpoints the WAL into the main file and truncates it, even with a reader still attached', () => {
    const file = workspaceFile();
    const app = openApp({ workspacePath: file });
    app.services.demo.openDemo();
    // Another connection (a CLI, a backup tool) keeps SQLite from checkpointing on its own at close.
    const reader = readOnly(file);
    expect(reader.prepare('SELECT count(*) AS n FROM orgs').get()).toEqual({ n: 2 });
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    app.close();
    expect(app.db.open).toBe(false);
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
    reader.close();
    const copy = path.join(path.dirname(file), 'copied.sqlite');
    fs.copyFileSync(file, copy); // the main file alone now holds everything
    const db = readOnly(copy);
    expect(db.prepare('SELECT count(*) AS n FROM orgs').get()).toEqual({ n: 2 });
    db.close();
  });

  it('reports a partial checkpoint while a read transaction is open, and still closes', () => {
    const file = workspaceFile();
    const db = openDatabase(file);
    migrate(db);
    db.prepare("INSERT INTO users (id, email, first, last) VALUES ('user-x', 'x@example.org', 'X', 'X')").run();
    const reader = readOnly(file);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM users').get();
    db.prepare("INSERT INTO users (id, email, first, last) VALUES ('user-y', 'y@example.org', 'Y', 'Y')").run();
    expect(closeDatabase(db)).toEqual({ checkpointed: false });
    expect(db.open).toBe(false);
    reader.exec('COMMIT');
    reader.close();
  });
});
