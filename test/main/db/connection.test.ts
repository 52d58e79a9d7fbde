// Opening a workspace: connection pragmas, foreign keys, and clear errors for files that are
// not databases or fail PRAGMA quick_check.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { AppError } from '../../../shared/rpc/index';
import { tempDir } from '../services/fixtures';
import { corrupt } from './damage';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function file(): string {
  const d = tempDir();
  dirs.push(d);
  return path.join(d, 'w.sqlite');
}

describe('openDatabase', () => {
  it('opens in WAL mode with foreign keys, a busy timeout and NORMAL sync', () => {
    const db = openDatabase(file());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(file());
    migrate(db);
    expect(() =>
      db.prepare("INSERT INTO memberships (org_id, user_id, level, project_access) VALUES ('org-x', 'user-x', 'MEMBER', 'VIEW')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a file that is not a database with a clear error', () => {
    const f = file();
    fs.writeFileSync(f, 'this is not sqlite, just text that is long enough to look like a header...'.repeat(20));
    const err = (() => {
      try {
        openDatabase(f);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('InvalidState');
    expect((err as AppError).message).toContain(f);
  });

  it('runs quick_check on open and refuses a damaged workspace', () => {
    const f = file();
    const db = openDatabase(f);
    migrate(db);
    // corrupt() scrambles the orgs table's b-tree page, which only breaks it with a row in it.
    db.prepare("INSERT INTO orgs (id, name) VALUES ('org-lab', 'Lab')").run();
    db.close();
    corrupt(f);
    expect(() => openDatabase(f)).toThrow(/failed its integrity check \(PRAGMA quick_check\)/);
  });
});
