// Apps with their developers and authorizedUsers lists. Statements only: callers own
// transactions. Lookups by principal use the *_principal indexes.
import type { Db } from '../connection';
import type { App } from '../../../shared/domain/index';
import { bit, parseObject, toJson } from './json';

interface AppRow {
  id: string;
  name: string;
  published: number;
  bill_to: string;
  extra: string;
}
interface ListRow {
  app_id: string;
  principal: string;
}

export type AppRecord = App & { extra: Record<string, unknown> };

const COLS = 'id, name, published, bill_to, extra';

export function createAppsRepo(db: Db) {
  const get = db.prepare<[string], AppRow>(`SELECT ${COLS} FROM apps WHERE id = ?`);
  const byName = db.prepare<[string], AppRow>(`SELECT ${COLS} FROM apps WHERE name = ? ORDER BY id`);
  const getMany = db.prepare<[string], AppRow>(`SELECT ${COLS} FROM apps WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, id`);
  const all = db.prepare<[], AppRow>(`SELECT ${COLS} FROM apps ORDER BY name, id`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM apps');
  const devsOf = db.prepare<[string], ListRow>(
    'SELECT app_id, principal FROM app_developers WHERE app_id IN (SELECT value FROM json_each(?)) ORDER BY principal',
  );
  const authOf = db.prepare<[string], ListRow>(
    'SELECT app_id, principal FROM app_authorized_users WHERE app_id IN (SELECT value FROM json_each(?)) ORDER BY principal',
  );
  const allDevs = db.prepare<[], ListRow>('SELECT app_id, principal FROM app_developers ORDER BY principal');
  const allAuth = db.prepare<[], ListRow>('SELECT app_id, principal FROM app_authorized_users ORDER BY principal');
  const idsFor = db.prepare<[string, string], { app_id: string }>(
    `SELECT app_id FROM app_developers WHERE principal IN (SELECT value FROM json_each(?))
     UNION SELECT app_id FROM app_authorized_users WHERE principal IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(`INSERT INTO apps (${COLS}) VALUES (?, ?, ?, ?, ?)`);
  const upsert = db.prepare(
    `INSERT INTO apps (${COLS}) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, published = excluded.published, bill_to = excluded.bill_to, extra = excluded.extra`,
  );
  const addDev = db.prepare<[string, string]>('INSERT OR IGNORE INTO app_developers (app_id, principal) VALUES (?, ?)');
  const addAuth = db.prepare<[string, string]>('INSERT OR IGNORE INTO app_authorized_users (app_id, principal) VALUES (?, ?)');
  const removeDev = db.prepare<[string, string]>('DELETE FROM app_developers WHERE app_id = ? AND principal = ?');
  const removeAuth = db.prepare<[string, string]>('DELETE FROM app_authorized_users WHERE app_id = ? AND principal = ?');
  const clearDevs = db.prepare<[string]>('DELETE FROM app_developers WHERE app_id = ?');
  const clearAuth = db.prepare<[string]>('DELETE FROM app_authorized_users WHERE app_id = ?');
  const remove = db.prepare<[string]>('DELETE FROM apps WHERE id = ?');

  const assemble = (rows: AppRow[], devs: ListRow[], auth: ListRow[]): AppRecord[] => {
    const group = (list: ListRow[]) => {
      const m = new Map<string, string[]>();
      for (const r of list) {
        const l = m.get(r.app_id);
        if (l) l.push(r.principal);
        else m.set(r.app_id, [r.principal]);
      }
      return m;
    };
    const d = group(devs);
    const a = group(auth);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      published: r.published === 1,
      billTo: r.bill_to,
      developers: d.get(r.id) ?? [],
      authorizedUsers: a.get(r.id) ?? [],
      extra: parseObject(r.extra),
    }));
  };
  const withLists = (rows: AppRow[]): AppRecord[] => {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    return assemble(rows, devsOf.all(ids), authOf.all(ids));
  };
  const writeLists = (a: AppRecord) => {
    for (const p of a.developers) addDev.run(a.id, p);
    for (const p of a.authorizedUsers) addAuth.run(a.id, p);
  };
  const row = (a: AppRecord) => [a.id, a.name, bit(a.published), a.billTo, toJson(a.extra)] as const;

  return {
    get: (id: string): AppRecord | undefined => withLists(get.all(id))[0],
    byName: (name: string): AppRecord[] => withLists(byName.all(name)),
    getMany: (ids: readonly string[]): AppRecord[] => withLists(getMany.all(JSON.stringify(ids))),
    all: (): AppRecord[] => assemble(all.all(), allDevs.all(), allAuth.all()),
    count: (): number => count.get()?.n ?? 0,
    /** Apps naming any of `principals` as developer or authorized user. */
    idsNaming: (principals: readonly string[]): string[] => {
      const json = JSON.stringify(principals);
      return idsFor.all(json, json).map((r) => r.app_id);
    },
    insert: (a: AppRecord): void => {
      insert.run(...row(a));
      writeLists(a);
    },
    upsert: (a: AppRecord): void => {
      upsert.run(...row(a));
      clearDevs.run(a.id);
      clearAuth.run(a.id);
      writeLists(a);
    },
    addAuthorized: (app: string, principal: string): void => {
      addAuth.run(app, principal);
    },
    removeAuthorized: (app: string, principal: string): void => {
      removeAuth.run(app, principal);
    },
    removeDeveloper: (app: string, principal: string): void => {
      removeDev.run(app, principal);
    },
    remove: (id: string): void => {
      remove.run(id);
    },
  };
}
export type AppsRepo = ReturnType<typeof createAppsRepo>;
