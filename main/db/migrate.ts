// Brings a workspace to the schema this build knows: every pending migration in ONE
// transaction together with the user_version bump, so a failure leaves the file untouched.
// A workspace from a newer build is refused rather than guessed at. A caller may take a backup
// first (beforeMigrate): it runs only when a migration is really pending on existing data.
import type { Db } from './connection';
import type { Migration } from './migrations/index';
import { MIGRATIONS } from './migrations/index';
import { AppError } from '../../shared/rpc/index';

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateOptions {
  /** Called once before pending migrations run on a workspace that already has a schema
   *  (from > 0); if it throws, nothing is migrated. */
  beforeMigrate?: (from: number, to: number) => void;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, opts: MigrateOptions = {}): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const known = migrations.length;
  const from = schemaVersion(db);
  if (from > known) {
    throw new AppError('InvalidState', `This workspace was written by a newer OrgDesk (schema ${from}, this build knows ${known})`);
  }
  if (from === known) return { from, to: known };
  if (from > 0) opts.beforeMigrate?.(from, known);
  db.transaction(() => {
    for (const m of migrations.slice(from)) m.up(db);
    db.pragma(`user_version = ${known}`);
  }).immediate();
  return { from, to: known };
}
