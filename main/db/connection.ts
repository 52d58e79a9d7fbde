// Opens the one workspace connection: WAL, foreign keys, busy timeout, and an integrity check
// before anything reads it. Owns connection settings only; it never migrates or queries data.
import Database from 'better-sqlite3';
import { AppError } from '../../shared/rpc/index';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own build). */
  nativeBinding?: string;
}

export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (err) {
    throw new AppError('InvalidState', `Cannot open workspace ${file}: ${errorText(err)}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw new AppError('InvalidState', `Workspace ${file} is not a readable OrgDesk workspace: ${errorText(err)}`);
  }
  let problems: string[];
  try {
    problems = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (err) {
    problems = [errorText(err)];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    db.close();
    throw new AppError(
      'InvalidState',
      `Workspace ${file} failed its integrity check (PRAGMA quick_check): ${problems.slice(0, 3).join('; ')}. ` +
        'Restore it from a backup or move it aside to start a fresh workspace.',
    );
  }
  return db;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
