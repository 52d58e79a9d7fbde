// The org chart's own view state: what is expanded and paged, who is hovered, highlighted by
// search or selected for the side panel, the focused node and a pending "centre on" request.
// Lives for the session so returning to the chart keeps its shape. No calls, no layout.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ChartGroupKind, ChartMatch } from '../../../shared/contract/index';
import type { Expansion } from './chartModel';
import { PAGE_SIZE, groupKey } from './chartModel';

export type ChartSelection = { kind: 'person'; user: string } | { kind: 'org'; org: string } | null;

export interface ChartState extends Expansion {
  hoverUser: string | null;
  /** The person search revealed; their every occurrence is marked until the search is cleared. */
  highlightUser: string | null;
  selection: ChartSelection;
  focusId: string | null;
  /** Set by search: the canvas centres on these node ids once they are laid out, then clears it. */
  centreOn: { user: string; expected: number } | null;
  setOrgExpanded(org: string, expanded: boolean): void;
  setGroupExpanded(org: string, group: ChartGroupKind, expanded: boolean): void;
  /** Collapse (false) or expand (true) every org, forgetting per-org choices. */
  setAllOrgs(orgs: readonly string[], expanded: boolean): void;
  showMore(org: string, group: ChartGroupKind): void;
  setHover(user: string | null): void;
  select(selection: ChartSelection): void;
  setFocus(id: string | null): void;
  /** Expands and pages every org and group holding the person, highlights and selects them. */
  reveal(match: ChartMatch): void;
  clearHighlight(): void;
  centred(): void;
}

export function createChartStore(): StoreApi<ChartState> {
  return createStore<ChartState>()((set) => ({
    orgs: new Map(),
    groups: new Map(),
    pages: new Map(),
    hoverUser: null,
    highlightUser: null,
    selection: null,
    focusId: null,
    centreOn: null,
    setOrgExpanded: (org, expanded) => set((s) => ({ orgs: new Map(s.orgs).set(org, expanded) })),
    setGroupExpanded: (org, group, expanded) => set((s) => ({ groups: new Map(s.groups).set(groupKey(org, group), expanded) })),
    setAllOrgs: (orgs, expanded) => set({ orgs: new Map(orgs.map((o) => [o, expanded])) }),
    showMore: (org, group) =>
      set((s) => {
        const key = groupKey(org, group);
        return { pages: new Map(s.pages).set(key, (s.pages.get(key) ?? 1) + 1) };
      }),
    setHover: (hoverUser) => set((s) => (s.hoverUser === hoverUser ? s : { hoverUser })),
    select: (selection) => set({ selection }),
    setFocus: (focusId) => set({ focusId }),
    reveal: (match) =>
      set((s) => {
        const orgs = new Map(s.orgs);
        const groups = new Map(s.groups);
        const pages = new Map(s.pages);
        for (const m of match.memberships) {
          const key = groupKey(m.org, m.group);
          orgs.set(m.org, true);
          groups.set(key, true);
          pages.set(key, Math.max(pages.get(key) ?? 1, Math.floor(m.rank / PAGE_SIZE) + 1));
        }
        return {
          orgs,
          groups,
          pages,
          highlightUser: match.user,
          selection: { kind: 'person', user: match.user },
          centreOn: { user: match.user, expected: match.memberships.length },
        };
      }),
    clearHighlight: () => set({ highlightUser: null }),
    centred: () => set({ centreOn: null }),
  }));
}

/** The chart's store for this window: kept across navigations, like the other views' nav state. */
export const chartStore = createChartStore();
