// The workspace as integer ids and typed arrays, for whole-workspace access passes. Users,
// orgs and projects get dense indexes in ID order (orgs in localeCompare order, the order
// explainAccess breaks ties in); memberships and grants become flat lists. Read-only: raw
// SELECTs of the columns the access rule reads, so loading 100k memberships stays cheap.
import type { Db } from '../db/connection';
import type { GrantLevel, Level, Permissions } from '../../shared/domain/index';
import { PUBLIC, levelRank } from '../../shared/domain/index';
import type { Steps } from './cooperative';
import { runToEnd } from './cooperative';

export interface Snapshot {
  users: { ids: string[]; names: string[]; emails: string[]; index: Map<string, number> };
  orgs: { ids: string[]; names: string[]; index: Map<string, number> };
  projects: { ids: string[]; names: string[]; billTo: string[]; index: Map<string, number> };
  /** Memberships by user (CSR): orgs, the route cap rank and whether the user is ADMIN. */
  userMemStart: Int32Array;
  memOrg: Int32Array;
  memCap: Uint8Array;
  memAdmin: Uint8Array;
  /** Members by org (CSR), index into the membership arrays above. */
  orgMemStart: Int32Array;
  orgMem: Int32Array;
  memUser: Int32Array;
  /** Org grants by org (CSR): project and grant rank. */
  orgGrantStart: Int32Array;
  orgGrantProject: Int32Array;
  orgGrantRank: Uint8Array;
  /** Direct user grants by user (CSR): project and grant rank. */
  userGrantStart: Int32Array;
  userGrantProject: Int32Array;
  userGrantRank: Uint8Array;
  /** 1 when the project is shared with PUBLIC. */
  projectPublic: Uint8Array;
  /** Each project's grants as the domain rule reads them (what-ifs and explanations). */
  permissions: Permissions[];
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** CSR from (key, payload) pairs: start offsets per key and the order to read payloads in. */
export function groupBy(keys: Int32Array, keyCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[(keys[i] as number) + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k] as number;
  const fill = start.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[fill[keys[i] as number]!++] = i;
  return { start, order };
}

/** One read transaction: every table from the same commit, in one go (small callers, tests). */
export function loadSnapshot(db: Db): Snapshot {
  return runToEnd(buildSnapshotSteps(...db.transaction(() => runToEnd(readSteps(db, false)))()));
}

type Rows = [UserRow[], OrgRow[], ProjectRow[], MemRow[], GrantRow[]];
type UserRow = readonly [string, string, string, string];
type OrgRow = readonly [string, string];
type ProjectRow = readonly [string, string, string];
type MemRow = readonly [string, string, string, Level];
type GrantRow = readonly [string, string, GrantLevel];

const CHUNK = 1000;
const RESTARTS = 3;
/** Rows between yield points in the building loops (a few ms of work each). */
const STRIDE = 4096;

/**
 * Reads every table in primary-key order (the order a plain full scan returns, so the result
 * equals loadSnapshot's), CHUNK rows per statement, yielding between chunks. Spread over turns
 * of the event loop, the reads cannot share one transaction (better-sqlite3 transactions are
 * synchronous), so the workspace version is compared after every chunk: equal at the end means
 * nothing committed since the start; otherwise the read starts over. After RESTARTS tries (a
 * steady writer) it reads in one transaction without yielding, as loadSnapshot does.
 */
export function* loadSnapshotSteps(db: Db, token: () => string): Steps<{ snapshot: Snapshot; token: string }> {
  let rows: Rows | null = null;
  let at = '';
  for (let attempt = 0; attempt < RESTARTS && rows === null; attempt++) {
    at = token();
    const read = readSteps(db, true);
    let r = read.next();
    while (!r.done && token() === at) {
      yield;
      r = read.next();
    }
    if (r.done && token() === at) rows = r.value;
  }
  if (rows === null) [rows, at] = db.transaction((): [Rows, string] => [runToEnd(readSteps(db, false)), token()])();
  const snapshot = yield* buildSnapshotSteps(...rows);
  return { snapshot, token: at };
}

function* readSteps(db: Db, yielding: boolean): Steps<Rows> {
  const paged = function* <R extends readonly unknown[]>(sql: string, key: (r: R) => unknown[], first: unknown[]): Steps<R[]> {
    const stmt = db.prepare(sql).raw();
    const out: R[] = [];
    let after = first;
    for (;;) {
      const page = stmt.all(...after, CHUNK) as R[];
      for (const r of page) out.push(r);
      if (page.length < CHUNK) return out;
      after = key(page[page.length - 1] as R);
      if (yielding) yield;
    }
  };
  const users = yield* paged<UserRow>('SELECT id, first, last, email FROM users WHERE id > ? ORDER BY id LIMIT ?', (r) => [r[0]], ['']);
  const orgs = yield* paged<OrgRow>('SELECT id, name FROM orgs WHERE id > ? ORDER BY id LIMIT ?', (r) => [r[0]], ['']);
  const projects = yield* paged<ProjectRow>('SELECT id, name, bill_to FROM projects WHERE id > ? ORDER BY id LIMIT ?', (r) => [r[0]], ['']);
  const mems = yield* paged<MemRow>(
    'SELECT org_id, user_id, level, project_access FROM memberships WHERE (org_id, user_id) > (?, ?) ORDER BY org_id, user_id LIMIT ?',
    (r) => [r[0], r[1]],
    ['', ''],
  );
  const grants = yield* paged<GrantRow>(
    'SELECT project_id, principal, level FROM project_grants WHERE (project_id, principal) > (?, ?) ORDER BY project_id, principal LIMIT ?',
    (r) => [r[0], r[1]],
    ['', ''],
  );
  return [users, orgs, projects, mems, grants];
}

export function buildSnapshot(
  userRows: ReadonlyArray<readonly [string, string, string, string]>,
  orgRows: ReadonlyArray<readonly [string, string]>,
  projectRows: ReadonlyArray<readonly [string, string, string]>,
  memRows: ReadonlyArray<readonly [string, string, string, Level]>,
  grantRows: ReadonlyArray<readonly [string, string, GrantLevel]>,
): Snapshot {
  return runToEnd(buildSnapshotSteps(userRows, orgRows, projectRows, memRows, grantRows));
}

/** Yields every few thousand rows; `yield` points sit between rows, never inside one. */
export function* buildSnapshotSteps(
  userRows: ReadonlyArray<readonly [string, string, string, string]>,
  orgRows: ReadonlyArray<readonly [string, string]>,
  projectRows: ReadonlyArray<readonly [string, string, string]>,
  memRows: ReadonlyArray<readonly [string, string, string, Level]>,
  grantRows: ReadonlyArray<readonly [string, string, GrantLevel]>,
): Steps<Snapshot> {
  // Memberships and grants may name users the users table does not know yet (a pull in
  // progress); they still get an index so no route is dropped.
  const userSet = new Map<string, readonly [string, string, string, string]>();
  for (let i = 0; i < userRows.length; i++) {
    const r = userRows[i] as UserRow;
    userSet.set(r[0], r);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  for (let i = 0; i < memRows.length; i++) {
    const r = memRows[i] as MemRow;
    if (!userSet.has(r[1])) userSet.set(r[1], [r[1], '', '', '']);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  for (let i = 0; i < grantRows.length; i++) {
    const r = grantRows[i] as GrantRow;
    if (r[1].startsWith('user-') && !userSet.has(r[1])) userSet.set(r[1], [r[1], '', '', '']);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  yield;
  // The default sort compares UTF-16 code units, as byId does, without a callback per step.
  const userIds = [...userSet.keys()].sort();
  yield;
  const names: string[] = [];
  const emails: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < userIds.length; i++) {
    const id = userIds[i] as string;
    const r = userSet.get(id);
    names.push((r ? `${r[1]} ${r[2]}`.trim() : '') || id);
    emails.push(r?.[3] ?? '');
    index.set(id, i);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  const users = { ids: userIds, names, emails, index };
  yield;
  const orgSet = new Map<string, string>(orgRows.map((r) => [r[0], r[1]]));
  for (let i = 0; i < memRows.length; i++) {
    const r = memRows[i] as MemRow;
    if (!orgSet.has(r[0])) orgSet.set(r[0], r[0]);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  for (const r of grantRows) if (r[1].startsWith('org-') && !orgSet.has(r[1])) orgSet.set(r[1], r[1]);
  yield;
  // localeCompare: the order explainAccess uses to pick the winner among equal org routes.
  const orgIds = [...orgSet.keys()].sort((a, b) => a.localeCompare(b));
  const orgs = { ids: orgIds, names: orgIds.map((id) => orgSet.get(id) ?? id), index: new Map(orgIds.map((id, i) => [id, i])) };
  const sortedProjects = [...projectRows].sort((a, b) => byId(a[0], b[0]));
  const projects = {
    ids: sortedProjects.map((r) => r[0]),
    names: sortedProjects.map((r) => r[1]),
    billTo: sortedProjects.map((r) => r[2]),
    index: new Map(sortedProjects.map((r, i) => [r[0], i])),
  };
  yield;

  const nU = userIds.length;
  const nO = orgIds.length;
  const nM = memRows.length;
  const mUser = new Int32Array(nM);
  const mOrg = new Int32Array(nM);
  const mCap = new Uint8Array(nM);
  const mAdmin = new Uint8Array(nM);
  for (let i = 0; i < nM; i++) {
    const r = memRows[i] as MemRow;
    mOrg[i] = orgs.index.get(r[0]) as number;
    mUser[i] = users.index.get(r[1]) as number;
    const admin = r[2] === 'ADMIN';
    mAdmin[i] = admin ? 1 : 0;
    mCap[i] = admin ? 4 : levelRank(r[3]);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  // Memberships by user, ordered by org index inside each user (the tie-break order).
  const byUser = groupBy(mUser, nU);
  const memOrder = Array.from(byUser.order);
  for (let u = 0; u < nU; u++) {
    const s = byUser.start[u] as number;
    const e = byUser.start[u + 1] as number;
    if (e - s > 1) {
      const part = memOrder.slice(s, e).sort((a, b) => (mOrg[a] as number) - (mOrg[b] as number));
      for (let k = 0; k < part.length; k++) memOrder[s + k] = part[k] as number;
    }
    if (u % STRIDE === STRIDE - 1) yield;
  }
  const memOrg = new Int32Array(nM);
  const memCap = new Uint8Array(nM);
  const memAdmin = new Uint8Array(nM);
  const memUser = new Int32Array(nM);
  for (let i = 0; i < nM; i++) {
    const src = memOrder[i] as number;
    memOrg[i] = mOrg[src] as number;
    memCap[i] = mCap[src] as number;
    memAdmin[i] = mAdmin[src] as number;
    memUser[i] = mUser[src] as number;
    if (i % STRIDE === STRIDE - 1) yield;
  }
  yield;
  const byOrg = groupBy(memOrg, nO);
  yield;

  const projectPublic = new Uint8Array(projects.ids.length);
  const permissions: Permissions[] = projects.ids.map(() => ({}));
  const ogProject: number[] = [];
  const ogOrg: number[] = [];
  const ogRank: number[] = [];
  const ugProject: number[] = [];
  const ugUser: number[] = [];
  const ugRank: number[] = [];
  for (let i = 0; i < grantRows.length; i++) {
    if (i % STRIDE === STRIDE - 1) yield;
    const [projectId, principal, level] = grantRows[i] as GrantRow;
    const p = projects.index.get(projectId);
    if (p === undefined) continue;
    (permissions[p] as Permissions)[principal] = level;
    if (principal === PUBLIC) projectPublic[p] = 1;
    else if (principal.startsWith('org-')) {
      ogProject.push(p);
      ogOrg.push(orgs.index.get(principal) as number);
      ogRank.push(levelRank(level));
    } else if (principal.startsWith('user-')) {
      ugProject.push(p);
      ugUser.push(users.index.get(principal) as number);
      ugRank.push(levelRank(level));
    }
  }
  const og = groupBy(Int32Array.from(ogOrg), nO);
  const ug = groupBy(Int32Array.from(ugUser), nU);
  return {
    users,
    orgs,
    projects,
    userMemStart: byUser.start,
    memOrg,
    memCap,
    memAdmin,
    orgMemStart: byOrg.start,
    orgMem: byOrg.order,
    memUser,
    orgGrantStart: og.start,
    orgGrantProject: Int32Array.from(og.order, (i) => ogProject[i] as number),
    orgGrantRank: Uint8Array.from(og.order, (i) => ogRank[i] as number),
    userGrantStart: ug.start,
    userGrantProject: Int32Array.from(ug.order, (i) => ugProject[i] as number),
    userGrantRank: Uint8Array.from(ug.order, (i) => ugRank[i] as number),
    projectPublic,
    permissions,
  };
}
