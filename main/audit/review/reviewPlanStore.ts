// Review plans kept in memory by a random ID between plan and apply (like import plans); only
// the last few survive. Drafts of decisions live in the app's store or the decisions file.
// Owns lifetime only; never plans or writes.
import crypto from 'node:crypto';
import type { ReportMeta, ReviewPlanRow } from '../../../shared/contract/index';
import type { StateIndex } from '../report/stateIndex';
import type { NumberedDecision, ReviewPlanResult } from './planReview';

export interface StoredReviewPlan {
  id: string;
  meta: ReportMeta;
  /** The state the reviewer saw (kept so a re-check at apply compares against the same rows). */
  reviewed: StateIndex;
  decisions: NumberedDecision[];
  result: ReviewPlanResult;
  plannedAt: number;
  reviewer: string | null;
  /** The workspace version the plan was computed against (workspaceVersion). */
  version: string;
  appliedAt: number | null;
  /** The rows as applied (with the statuses at apply time). */
  appliedRows: ReviewPlanRow[] | null;
}

export function createReviewPlanStore(keep = 5) {
  const plans = new Map<string, StoredReviewPlan>();
  return {
    newId: (): string => `review-${crypto.randomBytes(9).toString('base64url')}`,
    put(plan: StoredReviewPlan): void {
      plans.set(plan.id, plan);
      while (plans.size > keep) {
        const oldest = plans.keys().next().value;
        if (oldest === undefined) break;
        plans.delete(oldest);
      }
    },
    get: (id: string): StoredReviewPlan | undefined => plans.get(id),
  };
}
