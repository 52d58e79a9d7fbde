// Opens the one workspace connection: WAL, foreign keys, busy timeout, and an integrity check
// before anything reads it; closes it with a WAL checkpoint. Owns connection settings only; it
// never migrates or queries data.
import Database from 'better-sqlite3';
import { AppError } from '../../shared/rpc/index';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own build). */
  nativeBinding?: string;
}

/**
 * The file exists but is not a usable SQLite database (unreadable header, failed quick_check).
 * Start-up turns this into recovery mode instead of an error box or, worse, an empty workspace.
 */
export class WorkspaceDamagedError extends AppError {
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly string[]) {
    super('InvalidState', message, { damaged: true, problems });
    this.name = 'WorkspaceDamagedError';
    this.problems = problems;
  }
}

export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (err) {
    throw new AppError('InvalidState', `Cannot open workspace ${file}: ${errorText(err)}`);
  }
  // The integrity check runs before any setting that writes (journal_mode rewrites the header),
  // so a damaged file is left exactly as it was found for recovery.
  let problems: string[];
  try {
    db.pragma('busy_timeout = 5000');
    problems = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (err) {
    problems = [errorText(err)];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    db.close();
    const unreadable = problems.length === 1 && /not a database|file is encrypted/i.test(problems[0] ?? '');
    throw new WorkspaceDamagedError(
      unreadable
        ? `Workspace ${file} is not a readable OrgDesk workspace: ${problems[0] ?? ''}`
        : `Workspace ${file} failed its integrity check (PRAGMA quick_check): ${problems.slice(0, 3).join('; ')}. ` +
            'Restore it from a backup or move it aside to start a fresh workspace.',
      problems.slice(0, 20),
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw new AppError('InvalidState', `Workspace ${file} could not be prepared for use: ${errorText(err)}`);
  }
  return db;
}

/**
 * Clean shutdown: folds the WAL back into the main file and empties it (TRUNCATE), so the
 * workspace is one self-contained file after quit (safe to copy or back up). Returns whether
 * the checkpoint completed; another connection reading at that moment makes it partial, and
 * the database is closed either way.
 */
export function closeDatabase(db: Db): { checkpointed: boolean } {
  let checkpointed = false;
  try {
    if (db.open && !db.readonly) {
      // A reader elsewhere (CLI, backup tool) must not hold up quitting for the full busy timeout.
      db.pragma('busy_timeout = 250');
      const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
      checkpointed = row !== undefined && row.busy === 0 && row.log === row.checkpointed;
    }
  } catch (err) {
    console.error(`[orgdesk] WAL checkpoint at close failed: ${errorText(err)}`);
  } finally {
    if (db.open) db.close();
  }
  return { checkpointed };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
