// The heatmap as it is on screen, as CSV (csv-import.md export rules through csvWriter: BOM,
// CRLF, formula prefix). One line per non-empty cell in screen order (rows, then columns), so
// a filtered 20k x 5k view stays a readable list instead of a 5,000-column sheet. The users
// pivot says how each access comes; the orgs pivot says how many members get what.
import type { CsvCell } from '../csv/csvWriter';
import { csvLine, UTF8_BOM } from '../csv/csvWriter';
import { LEVELS } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import { KIND_DIRECT, KIND_ORG } from './accessMatrix';
import type { Layout } from './layout';
import type { HeatmapModel } from './model';
import { cappedMembers } from './model';

export const EXPORT_MAX_LINES = 1_000_000;
export const USERS_HEADER = ['user', 'user name', 'project', 'project name', 'level', 'how'];
export const ORGS_HEADER = ['org', 'org name', 'project', 'project name', 'level granted', 'members', 'members capped below the grant'];

export function heatmapCsv(m: HeatmapModel, l: Layout): string {
  const s = m.snapshot;
  let total = 0;
  for (let r = 0; r < l.rowCells.length; r++) total += l.rowCells[r] as number;
  if (total > EXPORT_MAX_LINES) {
    throw new AppError(
      'InvalidInput',
      `the heatmap shows ${total.toLocaleString('en-US')} cells; export at most ${EXPORT_MAX_LINES.toLocaleString('en-US')} at once: narrow it with filters (org, project, level), or use "orgdesk export access" for the whole table`,
    );
  }
  const parts: string[] = [UTF8_BOM, csvLine(l.pivot === 'users' ? USERS_HEADER : ORGS_HEADER)];
  const line = (cells: CsvCell[]): void => {
    parts.push(csvLine(cells));
  };
  const mx = m.matrix;
  for (let r = 0; r < l.rows.length; r++) {
    const row = l.rows[r] as number;
    const shown: Array<[number, number]> = []; // column position, source index
    if (l.pivot === 'users') {
      for (let k = mx.start[row] as number, e = mx.start[row + 1] as number; k < e; k++) {
        const pos = l.colPos[mx.project[k] as number] as number;
        if (pos >= 0 && (mx.rank[k] as number) >= l.minRank && l.kindOk[mx.kind[k] as number]) shown.push([pos, k]);
      }
    } else {
      for (let g = s.orgGrantStart[row] as number, ge = s.orgGrantStart[row + 1] as number; g < ge; g++) {
        const pos = l.colPos[s.orgGrantProject[g] as number] as number;
        if (pos >= 0 && (s.orgGrantRank[g] as number) >= l.minRank) shown.push([pos, g]);
      }
    }
    shown.sort((a, b) => a[0] - b[0]);
    for (const [, k] of shown) {
      if (l.pivot === 'users') {
        const p = mx.project[k] as number;
        line([s.users.ids[row], s.users.names[row], s.projects.ids[p], s.projects.names[p], LEVELS[mx.rank[k] as number], how(m, row, k)]);
      } else {
        const p = s.orgGrantProject[k] as number;
        const rank = s.orgGrantRank[k] as number;
        const members = (s.orgMemStart[row + 1] as number) - (s.orgMemStart[row] as number);
        line([s.orgs.ids[row], s.orgs.names[row], s.projects.ids[p], s.projects.names[p], LEVELS[rank], members, cappedMembers(m, row, rank)]);
      }
    }
  }
  return parts.join('');
}

/** Same words as the access report (exports.ts describeHow): direct, via ORG (cap LEVEL), public. */
function how(m: HeatmapModel, u: number, k: number): string {
  const kind = m.matrix.kind[k] as number;
  if (kind === KIND_DIRECT) return 'direct';
  if (kind !== KIND_ORG) return 'public';
  const s = m.snapshot;
  const o = m.matrix.org[k] as number;
  let cap = 0;
  for (let i = s.userMemStart[u] as number, e = s.userMemStart[u + 1] as number; i < e; i++) if (s.memOrg[i] === o) cap = s.memCap[i] as number;
  return `via ${s.orgs.ids[o] ?? '?'} (cap ${LEVELS[cap] ?? 'NONE'})`;
}
