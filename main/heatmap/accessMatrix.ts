// The whole-workspace access pass: every (user, project) pair above NONE with its level, the
// kind of the winning route, the winning org, and which kinds of route contribute. Same rule
// as shared/domain explainAccess (proven equal by test/main/heatmap/accessMatrix.test.ts), but
// user by user over integer ids and typed arrays: a user's direct grants, then each org they
// belong to (in localeCompare order, so the first org reaching the best level wins ties, as in
// explainAccess), then the public projects. No strings, no objects per pair.
import type { Steps } from './cooperative';
import { runToEnd } from './cooperative';
import type { Snapshot } from './snapshot';

export const KIND_DIRECT = 1;
export const KIND_ORG = 2;
export const KIND_PUBLIC = 3;
/** Bits of `mask`: which kinds of route give the user more than NONE. */
export const MASK_DIRECT = 1;
export const MASK_ORG = 2;
export const MASK_PUBLIC = 4;

export interface AccessMatrix {
  /** Cells by user (CSR): user u's cells are [start[u], start[u+1]). */
  start: Int32Array;
  project: Int32Array;
  /** Level rank 1-4. */
  rank: Uint8Array;
  /** KIND_* of the winning route. */
  kind: Uint8Array;
  /** MASK_* of the routes that give more than NONE. */
  mask: Uint8Array;
  /** More than one route gives more than NONE. */
  multi: Uint8Array;
  /** Winning org (org index) for org-won cells, else -1. */
  org: Int32Array;
  /** Non-empty cells per project. */
  projectCells: Int32Array;
  size: number;
}

/** Users between yield points: ~100 cells each at admin scale, so a few ms of work. */
const USER_STRIDE = 256;

export function computeAccessMatrix(s: Snapshot): AccessMatrix {
  return runToEnd(computeAccessMatrixSteps(s));
}

/** The pass as steps: yields between users, so a sliced run keeps the event loop answering. */
export function* computeAccessMatrixSteps(s: Snapshot): Steps<AccessMatrix> {
  const nU = s.users.ids.length;
  const nP = s.projects.ids.length;
  const best = new Uint8Array(nP);
  const kind = new Uint8Array(nP);
  const mask = new Uint8Array(nP);
  const routes = new Uint8Array(nP);
  const winOrg = new Int32Array(nP);
  const stamp = new Int32Array(nP);
  const touched = new Int32Array(nP);
  let publicCount = 0;
  for (let p = 0; p < nP; p++) if (s.projectPublic[p]) publicCount++;
  const publicProjects = new Int32Array(publicCount);
  for (let p = 0, i = 0; p < nP; p++) if (s.projectPublic[p]) publicProjects[i++] = p;
  // Upper bound of the cells: every route of every user, so the output is allocated once.
  let bound = s.userGrantProject.length + nU * publicCount;
  for (let m = 0; m < s.memOrg.length; m++) bound += (s.orgGrantStart[(s.memOrg[m] as number) + 1] as number) - (s.orgGrantStart[s.memOrg[m] as number] as number);
  // Tens of MB at 20k users: one allocation per step.
  yield;
  const outProject = new Int32Array(bound);
  yield;
  const outOrg = new Int32Array(bound);
  yield;
  const outRank = new Uint8Array(bound);
  const outKind = new Uint8Array(bound);
  yield;
  const outMask = new Uint8Array(bound);
  const outMulti = new Uint8Array(bound);
  yield;
  const start = new Int32Array(nU + 1);
  const projectCells = new Int32Array(nP);
  const { userGrantStart, userGrantProject, userGrantRank, userMemStart, memOrg, memCap, orgGrantStart, orgGrantProject, orgGrantRank } = s;
  let size = 0;

  for (let u = 0; u < nU; u++) {
    const mark = u + 1;
    let nTouched = 0;
    for (let g = userGrantStart[u] as number, ge = userGrantStart[u + 1] as number; g < ge; g++) {
      const p = userGrantProject[g] as number;
      const r = userGrantRank[g] as number;
      if (stamp[p] !== mark) {
        stamp[p] = mark;
        best[p] = r;
        kind[p] = KIND_DIRECT;
        mask[p] = MASK_DIRECT;
        routes[p] = 1;
        winOrg[p] = -1;
        touched[nTouched++] = p;
      } else if (r > (best[p] as number)) {
        // One grant per (project, user) is the primary key; max keeps a duplicate harmless.
        best[p] = r;
      }
    }
    for (let m = userMemStart[u] as number, me = userMemStart[u + 1] as number; m < me; m++) {
      const o = memOrg[m] as number;
      const cap = memCap[m] as number;
      if (cap === 0) continue;
      for (let g = orgGrantStart[o] as number, ge = orgGrantStart[o + 1] as number; g < ge; g++) {
        const p = orgGrantProject[g] as number;
        const granted = orgGrantRank[g] as number;
        const v = granted < cap ? granted : cap;
        if (stamp[p] !== mark) {
          stamp[p] = mark;
          best[p] = v;
          kind[p] = KIND_ORG;
          mask[p] = MASK_ORG;
          routes[p] = 1;
          winOrg[p] = o;
          touched[nTouched++] = p;
        } else {
          mask[p] = (mask[p] as number) | MASK_ORG;
          if ((routes[p] as number) < 255) routes[p] = (routes[p] as number) + 1;
          // Strictly greater: a direct route, or an org earlier in localeCompare order, keeps a tie.
          if (v > (best[p] as number)) {
            best[p] = v;
            kind[p] = KIND_ORG;
            winOrg[p] = o;
          }
        }
      }
    }
    for (let i = 0; i < publicCount; i++) {
      const p = publicProjects[i] as number;
      if (stamp[p] !== mark) {
        stamp[p] = mark;
        best[p] = 1;
        kind[p] = KIND_PUBLIC;
        mask[p] = MASK_PUBLIC;
        routes[p] = 1;
        winOrg[p] = -1;
        touched[nTouched++] = p;
      } else {
        mask[p] = (mask[p] as number) | MASK_PUBLIC;
        if ((routes[p] as number) < 255) routes[p] = (routes[p] as number) + 1;
      }
    }
    for (let i = 0; i < nTouched; i++) {
      const p = touched[i] as number;
      outProject[size] = p;
      outRank[size] = best[p] as number;
      outKind[size] = kind[p] as number;
      outMask[size] = mask[p] as number;
      outMulti[size] = (routes[p] as number) > 1 ? 1 : 0;
      outOrg[size] = winOrg[p] as number;
      projectCells[p] = (projectCells[p] as number) + 1;
      size++;
    }
    start[u + 1] = size;
    if (u % USER_STRIDE === USER_STRIDE - 1) yield;
  }
  yield;
  // Views, not copies: the bound overshoots by the routes that lost (a few MB at 20k users),
  // while copying ~2.4M cells six times would hold the event loop for tens of ms.
  return {
    start,
    project: outProject.subarray(0, size),
    rank: outRank.subarray(0, size),
    kind: outKind.subarray(0, size),
    mask: outMask.subarray(0, size),
    multi: outMulti.subarray(0, size),
    org: outOrg.subarray(0, size),
    projectCells,
    size,
  };
}

/** Cells by project (CSR over cell indexes), users ascending inside each project. */
export function cellsByProject(m: AccessMatrix, projectCount: number): { start: Int32Array; cell: Int32Array } {
  const start = new Int32Array(projectCount + 1);
  for (let i = 0; i < m.size; i++) start[(m.project[i] as number) + 1]!++;
  for (let p = 0; p < projectCount; p++) start[p + 1]! += start[p] as number;
  const fill = start.slice(0, projectCount);
  const cell = new Int32Array(m.size);
  for (let i = 0; i < m.size; i++) cell[fill[m.project[i] as number]!++] = i;
  return { start, cell };
}
