// The heatmap's own state: what is on screen (pivot, filters, sort, what-if), the active cell
// and the open explanation. View-local, so leaving and coming back keeps the filters.
import { create } from 'zustand';
import type { HeatmapQueryInput, WhatIfChangeInput } from '../../../shared/contract/index';

export type HeatmapQueryState = Required<Pick<HeatmapQueryInput, 'pivot' | 'text' | 'project' | 'multiOrg' | 'rowSort' | 'colSort' | 'onlyChanged'>> &
  Pick<HeatmapQueryInput, 'org' | 'minLevel' | 'routes' | 'whatIf'>;

export const DEFAULT_HEATMAP_QUERY: HeatmapQueryState = {
  pivot: 'users',
  text: '',
  project: '',
  multiOrg: false,
  rowSort: 'name',
  colSort: 'name',
  onlyChanged: false,
};

export interface ActiveCell {
  row: number;
  col: number;
}

/** The explanation on the side: a user's (users pivot) or an org's (orgs pivot) cell. */
export type OpenCell = { kind: 'user'; user: string; project: string } | { kind: 'org'; org: string; project: string };

interface HeatmapStore {
  query: HeatmapQueryState;
  active: ActiveCell;
  open: OpenCell | null;
  whatIfOpen: boolean;
  patch(p: Partial<HeatmapQueryState>): void;
  reset(): void;
  setWhatIf(change: WhatIfChangeInput | undefined): void;
  setActive(cell: ActiveCell): void;
  setOpen(cell: OpenCell | null): void;
  setWhatIfOpen(open: boolean): void;
}

export const useHeatmapStore = create<HeatmapStore>()((set) => ({
  query: DEFAULT_HEATMAP_QUERY,
  active: { row: 0, col: 0 },
  open: null,
  whatIfOpen: false,
  patch: (p) => set((s) => ({ query: { ...s.query, ...p }, active: { row: 0, col: 0 }, open: p.pivot !== undefined && p.pivot !== s.query.pivot ? null : s.open })),
  reset: () => set((s) => ({ query: { ...DEFAULT_HEATMAP_QUERY, pivot: s.query.pivot, whatIf: s.query.whatIf, onlyChanged: s.query.onlyChanged }, active: { row: 0, col: 0 } })),
  setWhatIf: (whatIf) => set((s) => ({ query: { ...s.query, whatIf, onlyChanged: whatIf ? s.query.onlyChanged : false } })),
  setActive: (active) => set({ active }),
  setOpen: (open) => set({ open }),
  setWhatIfOpen: (whatIfOpen) => set({ whatIfOpen }),
}));

/** The query as the contract takes it: unset optional filters left out. */
export function toContractQuery(q: HeatmapQueryState): HeatmapQueryInput {
  const out: HeatmapQueryInput = { pivot: q.pivot, text: q.text, project: q.project, multiOrg: q.multiOrg, rowSort: q.rowSort, colSort: q.colSort, onlyChanged: q.onlyChanged };
  if (q.org) out.org = q.org;
  if (q.minLevel) out.minLevel = q.minLevel;
  if (q.routes && q.routes.length > 0 && q.routes.length < 3) out.routes = q.routes;
  if (q.whatIf) out.whatIf = q.whatIf;
  return out;
}
