// Damages a workspace file the way a bad disk or a killed copy does: the file still opens but
// PRAGMA quick_check fails. Shared by the recovery tests of the session, the CLI and the bridge.
import fs from 'node:fs';
import { openDatabase } from '../../../main/db/connection';

/** Scrambles the orgs table's b-tree root page (it needs a row): the file opens, quick_check fails. */
export function corrupt(file: string): void {
  const db = openDatabase(file);
  db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'orgs'").get() as { rootpage: number }).rootpage;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize - 8, 0xa5), 0, pageSize - 8, (root - 1) * pageSize + 8);
  fs.closeSync(fd);
}

