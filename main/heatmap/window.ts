// One window of the layout (a row range x a column range) in the contract's compact form:
// one character per cell, plus the orgs that org-won cells come through. Reads the model and
// layout only; the cost is the window's rows' cells, never the whole matrix.
import type { HeatmapWindow } from '../../shared/contract/index';
import { HEATMAP_EMPTY_CELL, heatmapCellChar, heatmapCellCode } from '../../shared/contract/index';
import { KIND_ORG } from './accessMatrix';
import type { Layout } from './layout';
import type { HeatmapModel } from './model';
import { cappedMembers } from './model';

export interface WindowRange {
  rows: { start: number; end: number };
  cols: { start: number; end: number };
}

export function encodeWindow(m: HeatmapModel, l: Layout, range: WindowRange, version: string): HeatmapWindow {
  const s = m.snapshot;
  const nP = s.projects.ids.length;
  const r0 = Math.min(range.rows.start, l.rows.length);
  const r1 = Math.min(range.rows.end, l.rows.length);
  const c0 = Math.min(range.cols.start, l.cols.length);
  const c1 = Math.min(range.cols.end, l.cols.length);
  const width = c1 - c0;
  const orgRefs: string[] = [];
  const orgRefAt = new Map<number, number>();
  const ref = (o: number): number => {
    let i = orgRefAt.get(o);
    if (i === undefined) {
      i = orgRefs.length;
      orgRefs.push(s.orgs.ids[o] as string);
      orgRefAt.set(o, i);
    }
    return i;
  };
  const chars = new Array<string>(width);
  const orgAt = new Int32Array(width);
  const cells: string[] = [];
  const via: number[][] = [];
  const changes: number[] = [];
  const mx = m.matrix;
  for (let r = r0; r < r1; r++) {
    const row = l.rows[r] as number;
    chars.fill(HEATMAP_EMPTY_CELL);
    orgAt.fill(-1);
    if (l.pivot === 'users') {
      for (let k = mx.start[row] as number, e = mx.start[row + 1] as number; k < e; k++) {
        const pos = (l.colPos[mx.project[k] as number] as number) - c0;
        if (pos < 0 || pos >= width) continue;
        const rank = mx.rank[k] as number;
        const kind = mx.kind[k] as number;
        if (rank < l.minRank || !l.kindOk[kind]) continue;
        chars[pos] = heatmapCellChar(heatmapCellCode(rank, kind, mx.multi[k] === 1));
        if (kind === KIND_ORG) orgAt[pos] = mx.org[k] as number;
      }
    } else {
      for (let g = s.orgGrantStart[row] as number, ge = s.orgGrantStart[row + 1] as number; g < ge; g++) {
        const pos = (l.colPos[s.orgGrantProject[g] as number] as number) - c0;
        if (pos < 0 || pos >= width) continue;
        const rank = s.orgGrantRank[g] as number;
        if (rank < l.minRank) continue;
        chars[pos] = heatmapCellChar(heatmapCellCode(rank, KIND_ORG, cappedMembers(m, row, rank) > 0));
        orgAt[pos] = row;
      }
    }
    const rowVia: number[] = [];
    for (let i = 0; i < width; i++) if ((orgAt[i] as number) >= 0) rowVia.push(ref(orgAt[i] as number));
    cells.push(chars.join(''));
    via.push(rowVia);
    const rowChanges = l.changesByRow.get(row);
    if (rowChanges) {
      const inWindow: Array<[number, number, number]> = [];
      for (let i = 0; i < rowChanges.length; i += 3) {
        const pos = (l.colPos[rowChanges[i] as number] as number) - c0;
        if (pos >= 0 && pos < width) inWindow.push([pos, rowChanges[i + 1] as number, rowChanges[i + 2] as number]);
      }
      inWindow.sort((a, b) => a[0] - b[0]);
      for (const [pos, from, to] of inWindow) changes.push(r - r0, pos, from, to);
    }
  }

  const rowMeta = [];
  for (let r = r0; r < r1; r++) {
    const row = l.rows[r] as number;
    if (l.pivot === 'users') {
      rowMeta.push({
        id: s.users.ids[row] as string,
        name: s.users.names[row] as string,
        count: (s.userMemStart[row + 1] as number) - (s.userMemStart[row] as number),
        cells: l.rowCells[r] as number,
      });
    } else {
      rowMeta.push({
        id: s.orgs.ids[row] as string,
        name: s.orgs.names[row] as string,
        count: (s.orgMemStart[row + 1] as number) - (s.orgMemStart[row] as number),
        cells: l.rowCells[r] as number,
      });
    }
  }
  const colMeta = [];
  for (let c = c0; c < c1; c++) {
    const p = l.cols[c] as number;
    colMeta.push({ id: s.projects.ids[p] as string, name: s.projects.names[p] as string, cells: l.colCells[p] as number });
  }
  return {
    version,
    pivot: l.pivot,
    totalRows: l.rows.length,
    totalCols: l.cols.length,
    allRows: l.pivot === 'users' ? s.users.ids.length : s.orgs.ids.length,
    allCols: nP,
    rowStart: r0,
    colStart: c0,
    rows: rowMeta,
    cols: colMeta,
    cells,
    via,
    orgs: orgRefs,
    changes,
    changedTotal: l.changeAt.size,
  };
}
