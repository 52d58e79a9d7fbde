// "What if": the cells that differ between two versions of the workspace, one of them the
// current state and the other the current state with one change applied (a hypothetical) or
// undone (a pending outbox edit). Only the pairs the change can touch are re-evaluated, each
// with the domain's effectiveLevel on the changed grants and memberships. Writes nothing.
import type { Level, MembershipFacts, Permissions } from '../../shared/domain/index';
import { LEVELS, PUBLIC, effectiveLevel, isOrgId, levelRank } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { HeatmapModel } from './model';
import { cellRank } from './lookup';

export interface CellChange {
  u: number;
  p: number;
  from: number;
  to: number;
}
export interface OrgCellChange {
  o: number;
  p: number;
  from: number;
  to: number;
}
export interface WhatIfDiff {
  description: string;
  note: string | null;
  cells: CellChange[];
  orgCells: OrgCellChange[];
}

/** The other version of the workspace, as differences from the current one. */
export interface Overlay {
  /** Users whose memberships differ: their whole list in the other version. */
  memberships: Map<number, MembershipFacts[]>;
  /** Projects whose grants differ: principal -> level in the other version (null: no grant). */
  grants: Map<number, Map<string, Level | null>>;
  /** Projects that do not exist in the other version. */
  missingProjects: Set<number>;
}

export function emptyOverlay(): Overlay {
  return { memberships: new Map(), grants: new Map(), missingProjects: new Set() };
}

export function membershipsOf(m: HeatmapModel, u: number): MembershipFacts[] {
  const s = m.snapshot;
  const out: MembershipFacts[] = [];
  for (let k = s.userMemStart[u] as number, e = s.userMemStart[u + 1] as number; k < e; k++) {
    const admin = s.memAdmin[k] === 1;
    out.push({ org: s.orgs.ids[s.memOrg[k] as number] as string, level: admin ? 'ADMIN' : 'MEMBER', projectAccess: LEVELS[s.memCap[k] as number] ?? 'NONE' });
  }
  return out;
}

function overlaidPermissions(m: HeatmapModel, o: Overlay, p: number): Permissions {
  const base = m.snapshot.permissions[p] ?? {};
  const changes = o.grants.get(p);
  if (!changes) return base;
  const out: Permissions = { ...base };
  for (const [principal, level] of changes) {
    if (level === null || level === 'NONE') delete out[principal];
    else out[principal] = level;
  }
  return out;
}

/**
 * Compares the current state with the overlay. `overlayIsBefore`: the overlay is the state
 * before (a pending edit undone), so changes read overlay -> current; else current -> overlay.
 */
export function diffOverlay(m: HeatmapModel, o: Overlay, overlayIsBefore: boolean): { cells: CellChange[]; orgCells: OrgCellChange[] } {
  const s = m.snapshot;
  const nP = s.projects.ids.length;
  const nU = s.users.ids.length;
  const pairs = new Map<number, Set<number>>(); // user -> projects to re-evaluate
  const add = (u: number, p: number): void => {
    let set = pairs.get(u);
    if (!set) pairs.set(u, (set = new Set()));
    set.add(p);
  };
  for (const [u, after] of o.memberships) {
    for (let k = m.matrix.start[u] as number, e = m.matrix.start[u + 1] as number; k < e; k++) add(u, m.matrix.project[k] as number);
    const orgs = new Set(after.map((x) => s.orgs.index.get(x.org)).filter((x): x is number => x !== undefined));
    for (const org of orgs) for (let g = s.orgGrantStart[org] as number, ge = s.orgGrantStart[org + 1] as number; g < ge; g++) add(u, s.orgGrantProject[g] as number);
    for (let g = s.userGrantStart[u] as number, ge = s.userGrantStart[u + 1] as number; g < ge; g++) add(u, s.userGrantProject[g] as number);
    for (let p = 0; p < nP; p++) if (s.projectPublic[p]) add(u, p);
  }
  for (const [p, changes] of o.grants) {
    for (const principal of changes.keys()) {
      if (principal === PUBLIC) for (let u = 0; u < nU; u++) add(u, p);
      else if (isOrgId(principal)) {
        const org = s.orgs.index.get(principal);
        if (org !== undefined) for (let k = s.orgMemStart[org] as number, e = s.orgMemStart[org + 1] as number; k < e; k++) add(s.memUser[s.orgMem[k] as number] as number, p);
        // Members whose membership differs in the overlay are re-evaluated for every project above.
      } else {
        const u = s.users.index.get(principal);
        if (u !== undefined) add(u, p);
      }
    }
  }
  for (const p of o.missingProjects) for (let u = 0; u < nU; u++) if (cellRank(m, u, p) > 0) add(u, p);

  const cells: CellChange[] = [];
  for (const [u, projects] of pairs) {
    const user = s.users.ids[u] as string;
    const memberships = o.memberships.get(u) ?? membershipsOf(m, u);
    for (const p of projects) {
      const current = cellRank(m, u, p);
      const other = o.missingProjects.has(p) ? 0 : levelRank(effectiveLevel(user, overlaidPermissions(m, o, p), memberships));
      if (current === other) continue;
      cells.push(overlayIsBefore ? { u, p, from: other, to: current } : { u, p, from: current, to: other });
    }
  }
  cells.sort((a, b) => a.u - b.u || a.p - b.p);

  const orgCells: OrgCellChange[] = [];
  for (const [p, changes] of o.grants) {
    for (const [principal, level] of changes) {
      const org = isOrgId(principal) ? s.orgs.index.get(principal) : undefined;
      if (org === undefined) continue;
      const current = levelRank(s.permissions[p]?.[principal] ?? 'NONE');
      const other = o.missingProjects.has(p) || level === null ? 0 : levelRank(level);
      if (current !== other) orgCells.push(overlayIsBefore ? { o: org, p, from: other, to: current } : { o: org, p, from: current, to: other });
    }
  }
  for (const p of o.missingProjects) {
    for (const [principal, level] of Object.entries(s.permissions[p] ?? {})) {
      const org = isOrgId(principal) ? s.orgs.index.get(principal) : undefined;
      if (org !== undefined) orgCells.push(overlayIsBefore ? { o: org, p, from: 0, to: levelRank(level) } : { o: org, p, from: levelRank(level), to: 0 });
    }
  }
  return { cells, orgCells };
}

export function requireIndex(index: Map<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined) throw new AppError('NotFound', `${what}: ${id} is not in this workspace`, { field: what });
  return i;
}

/** The membership list of `u` with one membership replaced (null: removed). */
export function replaceMembership(m: HeatmapModel, u: number, org: string, next: MembershipFacts | null): MembershipFacts[] {
  const rest = membershipsOf(m, u).filter((x) => x.org !== org);
  return next ? [...rest, next] : rest;
}
