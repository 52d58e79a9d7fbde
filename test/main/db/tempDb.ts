// A workspace database file of its own for one test, closed and deleted after it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import type { Db } from '../../../main/db/connection';
import { tempDir } from '../services/fixtures';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

export function tempDb(): { db: Db; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'w.sqlite');
  const db = openDatabase(file);
  cleanup.push(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db, file };
}
