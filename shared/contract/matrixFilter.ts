// The membership matrix's cell encoding and its filter/sort, pure, so the renderer (what is on
// screen) and main (exports.matrix) compute exactly the same rows and columns. Works on the
// compact shape of matrix.ts with typed arrays; never builds an object per membership.
import type { Level, OrgLevel } from '../domain/levels';
import { LEVELS, levelRank } from '../domain/levels';
import type { CompactMatrix, MatrixQuery } from './matrix';

export interface CellFacts {
  level: OrgLevel;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: Level;
  pending: boolean;
}

const ADMIN_BIT = 1;
const BILLABLE_BIT = 2;
const APP_BIT = 4;
const PENDING_BIT = 64;

export function encodeMatrixCell(c: CellFacts): number {
  return (
    (c.level === 'ADMIN' ? ADMIN_BIT : 0) |
    (c.allowBillableActivities ? BILLABLE_BIT : 0) |
    (c.appAccess ? APP_BIT : 0) |
    (levelRank(c.projectAccess) << 3) |
    (c.pending ? PENDING_BIT : 0)
  );
}

export function decodeMatrixCell(code: number): CellFacts {
  return {
    level: code & ADMIN_BIT ? 'ADMIN' : 'MEMBER',
    allowBillableActivities: (code & BILLABLE_BIT) !== 0,
    appAccess: (code & APP_BIT) !== 0,
    projectAccess: LEVELS[(code >> 3) & 7] ?? 'NONE',
    pending: (code & PENDING_BIT) !== 0,
  };
}

/**
 * How scenarios.md writes a cell: "ADMIN", "MEMBER", "MEMBER (billable, no app access, projects
 * VIEW)". A MEMBER's flags are named only where they differ from the MEMBER defaults; ADMIN
 * flags are fixed, so never named.
 */
export function cellText(c: Omit<CellFacts, 'pending'>): string {
  if (c.level === 'ADMIN') return 'ADMIN';
  const notes: string[] = [];
  if (c.allowBillableActivities) notes.push('billable');
  if (!c.appAccess) notes.push('no app access');
  if (c.projectAccess !== 'CONTRIBUTE') notes.push(`projects ${c.projectAccess}`);
  return notes.length > 0 ? `MEMBER (${notes.join(', ')})` : 'MEMBER';
}

export interface MatrixIndex {
  data: CompactMatrix;
  /** Memberships of user u are cells [rowStart[u], rowStart[u + 1]). */
  rowStart: Int32Array;
  orgIndex: Map<string, number>;
  /** Position of each user in name order (name, then id); built once. */
  nameRank: Int32Array;
  /** Lower-cased "name handle email" per user, for the text filter. */
  haystack: string[];
}

export function indexMatrix(data: CompactMatrix): MatrixIndex {
  const userCount = data.users.ids.length;
  const rowStart = new Int32Array(userCount + 1);
  for (const u of data.cells.user) rowStart[u + 1] = (rowStart[u + 1] ?? 0) + 1;
  for (let u = 0; u < userCount; u++) rowStart[u + 1] = (rowStart[u + 1] ?? 0) + (rowStart[u] ?? 0);
  const { ids, names, emails } = data.users;
  // Users arrive in name order (matrix.load sorts them), so the name rank is the position unless
  // a caller hands over another order; only then is the (slower) locale sort paid.
  const nameRank = new Int32Array(userCount);
  let inOrder = true;
  for (let u = 1; u < userCount && inOrder; u++) inOrder = (names[u - 1] ?? '').toLowerCase() <= (names[u] ?? '').toLowerCase();
  if (inOrder) for (let u = 0; u < userCount; u++) nameRank[u] = u;
  else {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const order = Array.from({ length: userCount }, (_, i) => i);
    order.sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || (ids[a] ?? '').localeCompare(ids[b] ?? ''));
    order.forEach((u, rank) => (nameRank[u] = rank));
  }
  const haystack = ids.map((id, u) => `${names[u] ?? ''} ${id} ${emails[u] ?? ''}`.toLowerCase());
  return { data, rowStart, orgIndex: new Map(data.orgs.ids.map((id, i) => [id, i])), nameRank, haystack };
}

/** The cell code of user u in org o, or -1 when u is not a member. */
export function cellAt(ix: MatrixIndex, u: number, o: number): number {
  const { org, code } = ix.data.cells;
  for (let i = ix.rowStart[u] ?? 0, end = ix.rowStart[u + 1] ?? 0; i < end; i++) if (org[i] === o) return code[i] ?? -1;
  return -1;
}

/** Sort weight of a cell for "sort by org": ADMIN, then MEMBERs by projectAccess, then empty. */
function cellRank(code: number): number {
  if (code < 0) return -1;
  return code & ADMIN_BIT ? 10 : (code >> 3) & 7;
}

export interface MatrixSelection {
  /** User indices, in display order. */
  rows: Int32Array;
  /** Org indices of the visible columns, in column order. */
  orgs: number[];
  /** Org ids in the query that the workspace does not have. */
  unknownOrgs: string[];
}

/**
 * Applies the query. A user is kept when they have at least one visible membership, the text
 * matches, and (with any of level / billable / projectAccessBelow) ONE visible membership meets
 * all of those at once: "billable MEMBER somewhere", not "billable here, MEMBER there".
 */
export function queryMatrix(ix: MatrixIndex, q: MatrixQuery): MatrixSelection {
  const orgCount = ix.data.orgs.ids.length;
  const unknownOrgs = (q.orgs ?? []).filter((id) => !ix.orgIndex.has(id));
  const orgs = q.orgs ? q.orgs.flatMap((id) => (ix.orgIndex.has(id) ? [ix.orgIndex.get(id) as number] : [])).sort((a, b) => a - b) : Array.from({ length: orgCount }, (_, i) => i);
  const visible = new Uint8Array(orgCount);
  for (const o of orgs) visible[o] = 1;
  const needle = q.text.trim().toLowerCase();
  const below = q.projectAccessBelow === undefined ? -1 : levelRank(q.projectAccessBelow);
  const perCell = q.level !== undefined || q.billable || below >= 0;
  const { org, code } = ix.data.cells;
  const kept: number[] = [];
  const visibleCount = new Int32Array(ix.data.users.ids.length);
  for (let u = 0; u < visibleCount.length; u++) {
    if (needle && !(ix.haystack[u] ?? '').includes(needle)) continue;
    let count = 0;
    let match = !perCell;
    for (let i = ix.rowStart[u] ?? 0, end = ix.rowStart[u + 1] ?? 0; i < end; i++) {
      if (!visible[org[i] ?? 0]) continue;
      count++;
      if (match) continue;
      const c = code[i] ?? 0;
      const admin = (c & ADMIN_BIT) !== 0;
      if (q.level !== undefined && admin !== (q.level === 'ADMIN')) continue;
      if (q.billable && !(admin || c & BILLABLE_BIT)) continue;
      // ADMINs hold ADMINISTER whatever is stored, so they are never "below".
      if (below >= 0 && (admin || ((c >> 3) & 7) >= below)) continue;
      match = true;
    }
    if (count === 0 || !match || (q.multiOrg && count < 2)) continue;
    visibleCount[u] = count;
    kept.push(u);
  }
  const dir = q.sort.dir === 'desc' ? -1 : 1;
  const byName = (a: number, b: number): number => (ix.nameRank[a] ?? 0) - (ix.nameRank[b] ?? 0);
  if (q.sort.by === 'name') kept.sort((a, b) => dir * byName(a, b));
  else if (q.sort.by === 'orgCount') kept.sort((a, b) => dir * ((visibleCount[a] ?? 0) - (visibleCount[b] ?? 0)) || byName(a, b));
  else {
    const o = q.sort.org === undefined ? undefined : ix.orgIndex.get(q.sort.org);
    if (o === undefined) kept.sort(byName);
    else kept.sort((a, b) => dir * (cellRank(cellAt(ix, b, o)) - cellRank(cellAt(ix, a, o))) || byName(a, b));
  }
  return { rows: Int32Array.from(kept), orgs, unknownOrgs };
}
