// The Audit view's own state: which tab, which two states are compared and with what filters,
// the report and review choices, and the review decisions being made. Module-level so an
// auditor can switch views and come back to the same diff or half-finished review.
import { create } from 'zustand';
import type { DiffFilters, ReportAt, ReportScope, ReviewDecisionKind } from '../../../shared/contract/index';

export const AUDIT_TABS = ['timeline', 'diff', 'log', 'reports', 'review'] as const;
export type AuditTab = (typeof AUDIT_TABS)[number];

export const AUDIT_TAB_LABELS: Record<AuditTab, string> = {
  timeline: 'Timeline',
  diff: 'Diff',
  log: 'Edit log',
  reports: 'Reports',
  review: 'Access review',
};

export interface DiffPair {
  from: number;
  to: number | 'now';
}

export interface ReviewChoice {
  decision: ReviewDecisionKind;
  level?: string;
  comment: string;
}

export interface AuditState {
  tab: AuditTab;
  diff: DiffPair | null;
  diffFilters: DiffFilters;
  reportScope: ReportScope;
  reportAt: ReportAt;
  reviewScope: ReportScope;
  reviewAt: ReportAt;
  /** Keyed by review row key; rows without an entry are undecided. */
  decisions: Record<string, ReviewChoice>;
  setTab(tab: AuditTab): void;
  compare(pair: DiffPair): void;
  setDiffFilters(filters: DiffFilters): void;
  setReport(scope: ReportScope, at: ReportAt): void;
  setReview(scope: ReportScope, at: ReportAt): void;
  decide(key: string, choice: ReviewChoice | null): void;
  clearDecisions(): void;
}

export const useAudit = create<AuditState>()((set) => ({
  tab: 'timeline',
  diff: null,
  diffFilters: {},
  reportScope: { kind: 'all' },
  reportAt: 'now',
  reviewScope: { kind: 'all' },
  reviewAt: 'now',
  decisions: {},
  setTab: (tab) => set({ tab }),
  compare: (diff) => set({ diff, tab: 'diff' }),
  setDiffFilters: (diffFilters) => set({ diffFilters }),
  setReport: (reportScope, reportAt) => set({ reportScope, reportAt }),
  // A new scope or snapshot means new rows: decisions about the old ones would be misleading.
  setReview: (reviewScope, reviewAt) => set({ reviewScope, reviewAt, decisions: {} }),
  decide: (key, choice) =>
    set((s) => {
      const decisions = { ...s.decisions };
      if (choice) decisions[key] = choice;
      else delete decisions[key];
      return { decisions };
    }),
  clearDecisions: () => set({ decisions: {} }),
}));
