// The workspace as integer ids and typed arrays, for whole-workspace access passes. Users,
// orgs and projects get dense indexes in ID order (orgs in localeCompare order, the order
// explainAccess breaks ties in); memberships and grants become flat lists. Read-only: raw
// SELECTs of the columns the access rule reads, so loading 100k memberships stays cheap.
import type { Db } from '../db/connection';
import type { GrantLevel, Level, Permissions } from '../../shared/domain/index';
import { PUBLIC, levelRank } from '../../shared/domain/index';

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

export function loadSnapshot(db: Db): Snapshot {
  const userRows = db.prepare<[], [string, string, string, string]>('SELECT id, first, last, email FROM users').raw().all();
  const orgRows = db.prepare<[], [string, string]>('SELECT id, name FROM orgs').raw().all();
  const projectRows = db.prepare<[], [string, string, string]>('SELECT id, name, bill_to FROM projects').raw().all();
  const memRows = db.prepare<[], [string, string, string, Level]>('SELECT org_id, user_id, level, project_access FROM memberships').raw().all();
  const grantRows = db.prepare<[], [string, string, GrantLevel]>('SELECT project_id, principal, level FROM project_grants').raw().all();
  return buildSnapshot(userRows, orgRows, projectRows, memRows, grantRows);
}

export function buildSnapshot(
  userRows: ReadonlyArray<readonly [string, string, string, string]>,
  orgRows: ReadonlyArray<readonly [string, string]>,
  projectRows: ReadonlyArray<readonly [string, string, string]>,
  memRows: ReadonlyArray<readonly [string, string, string, Level]>,
  grantRows: ReadonlyArray<readonly [string, string, GrantLevel]>,
): Snapshot {
  // Memberships and grants may name users the users table does not know yet (a pull in
  // progress); they still get an index so no route is dropped.
  const userSet = new Map<string, readonly [string, string, string, string]>();
  for (const r of userRows) userSet.set(r[0], r);
  for (const r of memRows) if (!userSet.has(r[1])) userSet.set(r[1], [r[1], '', '', '']);
  for (const r of grantRows) if (r[1].startsWith('user-') && !userSet.has(r[1])) userSet.set(r[1], [r[1], '', '', '']);
  const userIds = [...userSet.keys()].sort(byId);
  const users = {
    ids: userIds,
    names: userIds.map((id) => {
      const r = userSet.get(id);
      return (r ? `${r[1]} ${r[2]}`.trim() : '') || id;
    }),
    emails: userIds.map((id) => userSet.get(id)?.[3] ?? ''),
    index: new Map(userIds.map((id, i) => [id, i])),
  };
  const orgSet = new Map<string, string>(orgRows.map((r) => [r[0], r[1]]));
  for (const r of memRows) if (!orgSet.has(r[0])) orgSet.set(r[0], r[0]);
  for (const r of grantRows) if (r[1].startsWith('org-') && !orgSet.has(r[1])) orgSet.set(r[1], r[1]);
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

  const nU = userIds.length;
  const nO = orgIds.length;
  const nM = memRows.length;
  const mUser = new Int32Array(nM);
  const mOrg = new Int32Array(nM);
  const mCap = new Uint8Array(nM);
  const mAdmin = new Uint8Array(nM);
  memRows.forEach((r, i) => {
    mOrg[i] = orgs.index.get(r[0]) as number;
    mUser[i] = users.index.get(r[1]) as number;
    const admin = r[2] === 'ADMIN';
    mAdmin[i] = admin ? 1 : 0;
    mCap[i] = admin ? 4 : levelRank(r[3]);
  });
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
  }
  const memOrg = new Int32Array(nM);
  const memCap = new Uint8Array(nM);
  const memAdmin = new Uint8Array(nM);
  const memUser = new Int32Array(nM);
  memOrder.forEach((src, i) => {
    memOrg[i] = mOrg[src] as number;
    memCap[i] = mCap[src] as number;
    memAdmin[i] = mAdmin[src] as number;
    memUser[i] = mUser[src] as number;
  });
  const byOrg = groupBy(memOrg, nO);

  const projectPublic = new Uint8Array(projects.ids.length);
  const permissions: Permissions[] = projects.ids.map(() => ({}));
  const ogProject: number[] = [];
  const ogOrg: number[] = [];
  const ogRank: number[] = [];
  const ugProject: number[] = [];
  const ugUser: number[] = [];
  const ugRank: number[] = [];
  for (const [projectId, principal, level] of grantRows) {
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
