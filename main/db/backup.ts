// Workspace backups: consistent copies taken with VACUUM INTO (SQLite's own snapshot of a live
// database, WAL included) into <workspace dir>/backups/<name>-<UTC time>-v<schema>.db, the
// newest KEEP_BACKUPS kept. Owns backup files only: it never migrates or reads workspace data.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/rpc/index';
import type { Db } from './connection';

export const KEEP_BACKUPS = 5;
export const BACKUP_DIR = 'backups';

export interface BackupFile {
  /** File name inside the backups folder, e.g. "workspace-20260102-030405123-v2.db". */
  name: string;
  file: string;
  /** Schema version of the workspace when it was copied. */
  schemaVersion: number;
  createdAt: number;
  sizeBytes: number;
}

const stem = (workspacePath: string): string => path.basename(workspacePath).replace(/\.[^.]*$/, '') || 'workspace';

export function backupDir(workspacePath: string): string {
  return path.join(path.dirname(path.resolve(workspacePath)), BACKUP_DIR);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namePattern(workspacePath: string): RegExp {
  return new RegExp(`^${escapeRegExp(stem(workspacePath))}-(\\d{8})-(\\d{9})-v(\\d+)\\.db$`);
}

/** 20260102-030405123: sorts as text in time order and is valid on every file system. */
function timestamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-01-02T03:04:05.123Z
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 23).replace(/[:.]/g, '')}`;
}

function parseTimestamp(day: string, time: string): number {
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${time.slice(6, 9)}Z`;
  return Date.parse(iso);
}

/** Backups of this workspace, newest first. A missing folder means none. */
export function listBackups(workspacePath: string): BackupFile[] {
  const dir = backupDir(workspacePath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const pattern = namePattern(workspacePath);
  const out: BackupFile[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) continue;
    const file = path.join(dir, name);
    let size: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch {
      continue;
    }
    out.push({ name, file, schemaVersion: Number(m[3]), createdAt: parseTimestamp(m[1], m[2]), sizeBytes: size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Copies the open workspace into the backups folder and prunes to the newest `keep`. The copy
 * is written under a temporary name and renamed, so a crash never leaves a half backup that
 * looks complete.
 */
export function backupWorkspace(
  db: Db,
  workspacePath: string,
  opts: { schemaVersion: number; now?: number; keep?: number },
): BackupFile {
  const dir = backupDir(workspacePath);
  fs.mkdirSync(dir, { recursive: true });
  let now = opts.now ?? Date.now();
  const pattern = (ms: number): string => `${stem(workspacePath)}-${timestamp(ms)}-v${opts.schemaVersion}.db`;
  // Two backups within the same millisecond (tests, a fast restart loop) must not collide.
  while (fs.existsSync(path.join(dir, pattern(now)))) now += 1;
  const name = pattern(now);
  const file = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.partial`);
  fs.rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  fs.renameSync(tmp, file);
  pruneBackups(workspacePath, opts.keep ?? KEEP_BACKUPS);
  return { name, file, schemaVersion: opts.schemaVersion, createdAt: now, sizeBytes: fs.statSync(file).size };
}

export function pruneBackups(workspacePath: string, keep: number = KEEP_BACKUPS): string[] {
  const removed: string[] = [];
  for (const old of listBackups(workspacePath).slice(Math.max(keep, 1))) {
    fs.rmSync(old.file, { force: true });
    removed.push(old.name);
  }
  return removed;
}

/** Runs quick_check on a backup without changing it; returns the problems (empty when sound). */
export function checkBackup(file: string, nativeBinding?: string): string[] {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check);
    return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    db?.close();
  }
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/**
 * Moves a damaged workspace (and its WAL/SHM, which belong to it and would corrupt whatever
 * file takes its place) to "<file>.damaged-<time>", keeping it for later inspection.
 */
export function setAsideWorkspace(workspacePath: string, now: number = Date.now()): string | null {
  const target = `${workspacePath}.damaged-${timestamp(now)}`;
  let moved: string | null = null;
  for (const suffix of SIDE_FILES) {
    const from = `${workspacePath}${suffix}`;
    if (!fs.existsSync(from)) continue;
    fs.renameSync(from, `${target}${suffix}`);
    if (suffix === '') moved = target;
  }
  return moved;
}

/**
 * Replaces the (closed, damaged) workspace with a backup: checks the backup first, sets the
 * damaged file aside, then copies the backup in under a temporary name and renames it. The
 * backup itself stays in place.
 */
export function restoreBackup(
  workspacePath: string,
  backupName: string,
  opts: { now?: number; nativeBinding?: string } = {},
): { restored: BackupFile; setAside: string | null } {
  const backup = listBackups(workspacePath).find((b) => b.name === backupName);
  if (!backup) throw new RestoreError(`No backup named ${JSON.stringify(backupName)} in ${backupDir(workspacePath)}`);
  const problems = checkBackup(backup.file, opts.nativeBinding);
  if (problems.length > 0) {
    throw new RestoreError(`Backup ${backup.name} is damaged too (${problems.slice(0, 3).join('; ')}); pick an older one`);
  }
  const setAside = setAsideWorkspace(workspacePath, opts.now);
  const tmp = `${workspacePath}.restoring`;
  fs.copyFileSync(backup.file, tmp);
  fs.renameSync(tmp, workspacePath);
  return { restored: backup, setAside };
}

/** A restore that was refused before anything changed; the message says why. */
export class RestoreError extends AppError {
  constructor(message: string) {
    super('InvalidState', message);
    this.name = 'RestoreError';
  }
}
