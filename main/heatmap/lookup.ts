// Point lookups in the access matrix: one user's cell on one project. A row holds the user's
// non-empty cells only (~100 at admin scale), so a scan beats any index here.
import type { HeatmapModel } from './model';

/** Index of the cell (u, p) in the matrix arrays, or -1 when the user has NONE there. */
export function cellIndex(m: HeatmapModel, u: number, p: number): number {
  const { start, project } = m.matrix;
  for (let k = start[u] as number, e = start[u + 1] as number; k < e; k++) if (project[k] === p) return k;
  return -1;
}

export function cellRank(m: HeatmapModel, u: number, p: number): number {
  const k = cellIndex(m, u, p);
  return k < 0 ? 0 : (m.matrix.rank[k] as number);
}
