// Users known to the workspace. Statements only: callers own transactions.
import type { Db } from '../connection';
import type { User } from '../../../shared/domain/index';

interface UserRow {
  id: string;
  email: string;
  first: string;
  last: string;
}

const COLS = 'id, email, first, last';

export function createUsersRepo(db: Db) {
  const get = db.prepare<[string], UserRow>(`SELECT ${COLS} FROM users WHERE id = ?`);
  const byEmail = db.prepare<[string], UserRow>(`SELECT ${COLS} FROM users WHERE email = ? COLLATE NOCASE ORDER BY id`);
  const getMany = db.prepare<[string], UserRow>(`SELECT ${COLS} FROM users WHERE id IN (SELECT value FROM json_each(?))`);
  const all = db.prepare<[], UserRow>(`SELECT ${COLS} FROM users ORDER BY id`);
  const search = db.prepare<{ q: string; limit: number }, UserRow>(
    `SELECT ${COLS} FROM users
     WHERE :q = '' OR id LIKE :q ESCAPE '\\' OR email LIKE :q ESCAPE '\\' OR (first || ' ' || last) LIKE :q ESCAPE '\\'
     ORDER BY id LIMIT :limit`,
  );
  const searchCount = db.prepare<{ q: string }, { n: number }>(
    `SELECT count(*) AS n FROM users
     WHERE :q = '' OR id LIKE :q ESCAPE '\\' OR email LIKE :q ESCAPE '\\' OR (first || ' ' || last) LIKE :q ESCAPE '\\'`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const upsert = db.prepare<User>(
    `INSERT INTO users (id, email, first, last) VALUES (:id, :email, :first, :last)
     ON CONFLICT (id) DO UPDATE SET email = excluded.email, first = excluded.first, last = excluded.last`,
  );
  return {
    get: (id: string): User | undefined => get.get(id),
    byEmail: (email: string): User[] => byEmail.all(email),
    getMany: (ids: readonly string[]): User[] => getMany.all(JSON.stringify(ids)),
    all: (): User[] => all.all(),
    /** Case-insensitive substring search over id, email and "first last". */
    search: (query: string, limit: number): { users: User[]; total: number } => {
      const q = query.trim() === '' ? '' : `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return { users: search.all({ q, limit }), total: searchCount.get({ q })?.n ?? 0 };
    },
    count: (): number => count.get()?.n ?? 0,
    upsert: (user: User): void => {
      upsert.run(user);
    },
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;

export function displayName(user: Pick<User, 'id' | 'first' | 'last'>): string {
  return `${user.first} ${user.last}`.trim() || user.id;
}
