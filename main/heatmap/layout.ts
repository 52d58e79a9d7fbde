// What is on screen, as orders: which rows (users or orgs) and which project columns pass the
// filters, in which order, and where each project sits. One pass over the matrix per query;
// windows and exports then only read the orders. Cell filters (level ≥, route kind) also hide
// the rows and columns left empty, as does a row filter for columns and a column filter for rows.
import type { HeatmapQuery } from '../../shared/contract/index';
import { levelRank } from '../../shared/domain/index';
import { KIND_DIRECT, KIND_ORG, KIND_PUBLIC } from './accessMatrix';
import type { Steps } from './cooperative';
import { runToEnd } from './cooperative';
import type { HeatmapModel } from './model';
import type { WhatIfDiff } from './whatIf';

export interface Layout {
  pivot: HeatmapQuery['pivot'];
  /** User or org indexes, in display order. */
  rows: Int32Array;
  /** Non-empty cells per displayed row (parallel to `rows`). */
  rowCells: Int32Array;
  cols: Int32Array;
  /** Column position of each project index, -1 when not shown. */
  colPos: Int32Array;
  /** Non-empty cells per project index under the filters. */
  colCells: Int32Array;
  minRank: number;
  /** kindOk[KIND_*]: the winning route kind passes the filter. */
  kindOk: Uint8Array;
  diff: WhatIfDiff | null;
  /** What-if changes keyed by row entity * projects + project (users: user; orgs: org). */
  changeAt: Map<number, { from: number; to: number }>;
  /** The same changes by row entity: [project, from, to] triples. */
  changesByRow: Map<number, number[]>;
}

/** The query with the org filter already resolved to an org index (-1: none). */
export function buildLayout(m: HeatmapModel, q: HeatmapQuery, orgFilter: number, diff: WhatIfDiff | null): Layout {
  return runToEnd(buildLayoutSteps(m, q, orgFilter, diff));
}

/** Rows between yield points: a row is ~100 cells at admin scale. */
const ROW_STRIDE = 512;

/** The layout as steps (yields between rows), for sliced runs over 20k users x 2.4M cells. */
export function* buildLayoutSteps(m: HeatmapModel, q: HeatmapQuery, orgFilter: number, diff: WhatIfDiff | null): Steps<Layout> {
  const s = m.snapshot;
  const nP = s.projects.ids.length;
  const minRank = q.minLevel ? levelRank(q.minLevel) : 1;
  const kindOk = new Uint8Array(4);
  const kinds = q.pivot === 'users' && q.routes ? q.routes : ['direct', 'org', 'public'];
  if (kinds.includes('direct')) kindOk[KIND_DIRECT] = 1;
  if (kinds.includes('org')) kindOk[KIND_ORG] = 1;
  if (kinds.includes('public')) kindOk[KIND_PUBLIC] = 1;
  const cellFilter = q.minLevel !== undefined || (q.pivot === 'users' && q.routes !== undefined && q.routes.length < 3);
  const text = q.text.toLowerCase();
  const projectText = q.project.toLowerCase();
  const rowFilter = text !== '' || orgFilter >= 0 || (q.pivot === 'users' && q.multiOrg);
  const only = q.onlyChanged && diff !== null;

  const changeAt = new Map<number, { from: number; to: number }>();
  const changesByRow = new Map<number, number[]>();
  const changedCols = new Set<number>();
  if (diff) {
    const list = q.pivot === 'users' ? diff.cells.map((c) => [c.u, c.p, c.from, c.to] as const) : diff.orgCells.map((c) => [c.o, c.p, c.from, c.to] as const);
    for (const [r, p, from, to] of list) {
      changeAt.set(r * nP + p, { from, to });
      let row = changesByRow.get(r);
      if (!row) changesByRow.set(r, (row = []));
      row.push(p, from, to);
      changedCols.add(p);
    }
  }

  const colOk = new Uint8Array(nP);
  for (let p = 0; p < nP; p++) if ((projectText === '' || (m.projectSearch[p] as string).includes(projectText)) && (!only || changedCols.has(p))) colOk[p] = 1;

  // Candidate rows in name order (indexes are already in ID order).
  const candidates: number[] = [];
  if (q.pivot === 'users') {
    const nU = s.users.ids.length;
    let members: Uint8Array | null = null;
    if (orgFilter >= 0) {
      members = new Uint8Array(nU);
      for (let k = s.orgMemStart[orgFilter] as number, e = s.orgMemStart[orgFilter + 1] as number; k < e; k++) members[s.memUser[s.orgMem[k] as number] as number] = 1;
    }
    for (let u = 0; u < nU; u++) {
      if (members && !members[u]) continue;
      if (q.multiOrg && (s.userMemStart[u + 1] as number) - (s.userMemStart[u] as number) < 2) continue;
      if (text !== '' && !(m.userSearch[u] as string).includes(text)) continue;
      if (only && !changesByRow.has(u)) continue;
      candidates.push(u);
      if (u % (ROW_STRIDE * 8) === ROW_STRIDE * 8 - 1) yield;
    }
  } else {
    for (let o = 0; o < s.orgs.ids.length; o++) {
      if (orgFilter >= 0 && o !== orgFilter) continue;
      if (text !== '' && !(m.orgSearch[o] as string).includes(text)) continue;
      if (only && !changesByRow.has(o)) continue;
      candidates.push(o);
    }
  }

  const colCells = new Int32Array(nP);
  const candCells = new Int32Array(candidates.length);
  const mx = m.matrix;
  for (let i = 0; i < candidates.length; i++) {
    if (i % ROW_STRIDE === ROW_STRIDE - 1) yield;
    const r = candidates[i] as number;
    let n = 0;
    if (q.pivot === 'users') {
      for (let k = mx.start[r] as number, e = mx.start[r + 1] as number; k < e; k++) {
        const p = mx.project[k] as number;
        if (!colOk[p] || (mx.rank[k] as number) < minRank || !kindOk[mx.kind[k] as number]) continue;
        if (only && !changeAt.has(r * nP + p)) continue;
        n++;
        colCells[p]!++;
      }
    } else {
      for (let g = s.orgGrantStart[r] as number, ge = s.orgGrantStart[r + 1] as number; g < ge; g++) {
        const p = s.orgGrantProject[g] as number;
        if (!colOk[p] || (s.orgGrantRank[g] as number) < minRank) continue;
        if (only && !changeAt.has(r * nP + p)) continue;
        n++;
        colCells[p]!++;
      }
    }
    candCells[i] = n;
  }
  yield;

  // What-if cells that a change empties (or fills) still count as "on screen" with onlyChanged.
  if (only) {
    const candAt = new Map(candidates.map((r, i) => [r, i]));
    for (const key of changeAt.keys()) {
      const r = Math.floor(key / nP);
      const p = key % nP;
      if (colOk[p] && colCells[p] === 0) colCells[p] = 1;
      const i = candAt.get(r);
      if (i !== undefined && candCells[i] === 0) candCells[i] = 1;
    }
  }

  const hideEmptyRows = cellFilter || projectText !== '' || only;
  const hideEmptyCols = cellFilter || rowFilter || only;
  let rowIdx = candidates.map((_, i) => i).filter((i) => !hideEmptyRows || (candCells[i] as number) > 0);
  if (q.rowSort === 'access') rowIdx = rowIdx.sort((a, b) => (candCells[b] as number) - (candCells[a] as number) || (candidates[a] as number) - (candidates[b] as number));
  const rows = Int32Array.from(rowIdx, (i) => candidates[i] as number);
  const rowCells = Int32Array.from(rowIdx, (i) => candCells[i] as number);

  let cols = Array.from(m.projectNameOrder).filter((p) => colOk[p] && (!hideEmptyCols || (colCells[p] as number) > 0));
  if (q.colSort === 'reach') cols = cols.sort((a, b) => (colCells[b] as number) - (colCells[a] as number));
  const colPos = new Int32Array(nP).fill(-1);
  cols.forEach((p, i) => (colPos[p] = i));
  return { pivot: q.pivot, rows, rowCells, cols: Int32Array.from(cols), colPos, colCells, minRank, kindOk, diff, changeAt, changesByRow };
}
