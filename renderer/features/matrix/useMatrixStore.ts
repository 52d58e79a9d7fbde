// The Matrix view's own state: the query (filters, visible orgs, sort), the active cell and the
// selection. Kept apart from the nav store and from data; survives leaving and re-opening the
// view, like the other views' pickers. No calls from here.
import { create } from 'zustand';
import type { Level, OrgLevel } from '../../../shared/domain/index';
import type { MatrixQuery } from '../../../shared/contract/index';
import type { MatrixSelectionState } from './selection';
import { EMPTY_SELECTION } from './selection';

export interface ActiveCell {
  /** Display row (0-based, in the filtered and sorted rows). */
  row: number;
  /** 0 = the user column, 1… = the visible org columns. */
  col: number;
}

export interface MatrixViewState {
  query: MatrixQuery;
  active: ActiveCell;
  /** Where a Shift range starts. */
  anchor: ActiveCell | null;
  selection: MatrixSelectionState;
  /** Shown in the selection bar when a range was too large to select cell by cell. */
  notice: string | null;
  setText(text: string): void;
  setOrgs(orgs: string[] | undefined): void;
  setLevel(level: OrgLevel | undefined): void;
  setMultiOrg(on: boolean): void;
  setBillable(on: boolean): void;
  setProjectAccessBelow(level: Level | undefined): void;
  setSort(sort: MatrixQuery['sort']): void;
  resetFilters(): void;
  setActive(active: ActiveCell, anchor?: ActiveCell | null): void;
  setSelection(selection: MatrixSelectionState, notice?: string | null): void;
  clearSelection(): void;
}

export const DEFAULT_QUERY: MatrixQuery = { text: '', multiOrg: false, billable: false, sort: { by: 'name', dir: 'asc' } };

export const useMatrixStore = create<MatrixViewState>()((set) => {
  // A new filter or sort means new rows under the cursor: go back to the top.
  const query = (patch: Partial<MatrixQuery>) => set((s) => ({ query: { ...s.query, ...patch }, active: { row: 0, col: s.active.col }, anchor: null }));
  return {
    query: DEFAULT_QUERY,
    active: { row: 0, col: 1 },
    anchor: null,
    selection: EMPTY_SELECTION,
    notice: null,
    setText: (text) => query({ text }),
    setOrgs: (orgs) => set((s) => ({ query: { ...s.query, orgs }, active: { row: s.active.row, col: Math.min(s.active.col, 1) }, anchor: null })),
    setLevel: (level) => query({ level }),
    setMultiOrg: (multiOrg) => query({ multiOrg }),
    setBillable: (billable) => query({ billable }),
    setProjectAccessBelow: (projectAccessBelow) => query({ projectAccessBelow }),
    setSort: (sort) => query({ sort }),
    resetFilters: () => set({ query: DEFAULT_QUERY, active: { row: 0, col: 1 }, anchor: null }),
    setActive: (active, anchor) => set((s) => ({ active, anchor: anchor === undefined ? s.anchor : anchor })),
    setSelection: (selection, notice = null) => set({ selection, notice }),
    clearSelection: () => set({ selection: EMPTY_SELECTION, notice: null }),
  };
});
