// Words for heatmap cells and what-if results: accessible names, tooltips and the summary
// lines ("23 users lose CONTRIBUTE on Raw Data"). Pure, so the wording is tested without a DOM.
import type { Level } from '../../../shared/domain/index';
import { LEVELS } from '../../../shared/domain/index';
import type { WhatIfGroup } from '../../../shared/contract/index';
import type { ShownCell } from './windowCache';
import { plural } from '../../../shared/text/plural';

export function rankLevel(rank: number): Level {
  return LEVELS[rank] ?? 'NONE';
}

export function howText(cell: Pick<ShownCell, 'kind' | 'org' | 'flag'>, pivot: 'users' | 'orgs'): string {
  if (pivot === 'orgs') return cell.flag ? 'granted to the org; some members are capped below it' : 'granted to the org; every member with access gets it';
  const more = cell.flag ? ', other routes too' : '';
  if (cell.kind === 'direct') return `direct grant${more}`;
  if (cell.kind === 'public') return `public project${more}`;
  if (cell.kind === 'org') return `via ${cell.org ?? 'an org'}${more}`;
  return 'no access';
}

/** "user-b on Raw Data: UPLOAD, via org-lab" (and the what-if, when there is one). */
export function cellLabel(row: string, col: string, cell: ShownCell | undefined, pivot: 'users' | 'orgs'): string {
  if (!cell) return `${row} on ${col}: loading`;
  const base = cell.level === 'NONE' ? `${row} on ${col}: no access` : `${row} on ${col}: ${cell.level}, ${howText(cell, pivot)}`;
  return cell.change ? `${base}; what if: ${rankLevel(cell.change.from)} → ${rankLevel(cell.change.to)}` : base;
}

/** "23 users lose CONTRIBUTE on Raw Data (now VIEW)", "1 user gains UPLOAD on Resources". */
export function whatIfGroupText(g: Pick<WhatIfGroup, 'count' | 'from' | 'to' | 'projectName'>): string {
  const who = plural(g.count, 'user');
  const down = LEVELS.indexOf(g.to) < LEVELS.indexOf(g.from);
  if (down) {
    const verb = g.count === 1 ? 'loses' : 'lose';
    return `${who} ${verb} ${g.from} on ${g.projectName}${g.to === 'NONE' ? '' : ` (now ${g.to})`}`;
  }
  const verb = g.count === 1 ? 'gains' : 'gain';
  return `${who} ${verb} ${g.to} on ${g.projectName}${g.from === 'NONE' ? '' : ` (was ${g.from})`}`;
}

export function whatIfSummary(r: { cells: number; users: number; projects: number }): string {
  if (r.cells === 0) return 'No cell would change.';
  return `${plural(r.cells, 'cell')} would change: ${plural(r.users, 'user')} on ${plural(r.projects, 'project')}.`;
}
