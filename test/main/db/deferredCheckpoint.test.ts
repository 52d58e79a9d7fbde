// A bulk write commits without folding the WAL back into the database file (the caller does not
// wait for that copy); the checkpoint follows on the next turn of the event loop, and the
// connection's auto-checkpoint setting is back as it was whether the write succeeds or throws.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/connection';
import { withDeferredCheckpoint } from '../../../main/db/deferredCheckpoint';
import { tempDb } from './tempDb';

function fileDb(): { db: Db; file: string } {
  const made = tempDb();
  made.db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
  return made;
}

// About 8 MB: well past the default auto-checkpoint threshold of 1000 pages (4 MB).
const bulkWrite = (db: Db) => () =>
  db.transaction(() => {
    const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(Buffer.alloc(4000, i % 256));
  })();

const size = (file: string) => fs.statSync(file).size;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('withDeferredCheckpoint', () => {
  it('without it, the commit itself copies the WAL into the database file', () => {
    const { db, file } = fileDb();
    bulkWrite(db)();
    expect(size(file)).toBeGreaterThan(7_000_000);
  });

  it('commits with the data in the WAL only, then checkpoints on the next turn', async () => {
    const { db, file } = fileDb();
    withDeferredCheckpoint(db, bulkWrite(db));
    expect(size(file)).toBeLessThan(1_000_000);
    expect(db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 2000 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await nextTurn();
    expect(size(file)).toBeGreaterThan(7_000_000);
  });

  it('restores the setting and passes the error on when the write throws', async () => {
    const { db, file } = fileDb();
    db.pragma('wal_autocheckpoint = 500');
    expect(() =>
      withDeferredCheckpoint(db, () => {
        bulkWrite(db)();
        throw new Error('after the commit');
      }),
    ).toThrow('after the commit');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(500);
    await nextTurn();
    expect(size(file)).toBeGreaterThan(7_000_000);
  });

  it('does nothing once the workspace is closed', async () => {
    const { db } = fileDb();
    withDeferredCheckpoint(db, bulkWrite(db));
    db.close();
    await nextTurn();
    expect(db.open).toBe(false);
  });
});
