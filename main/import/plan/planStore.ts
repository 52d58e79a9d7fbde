// Plans kept in memory by a random ID so a 100k-row preview pages instead of travelling whole;
// only the last few survive. Owns lifetime only; never re-plans or writes.
import crypto from 'node:crypto';
import type { ImportPlan } from '../../../shared/contract/index';
import type { ReadResult } from '../read/index';
import type { OnExisting, PlannedRow } from './types';

export interface StoredPlan {
  id: string;
  fileName: string;
  bytes: number;
  read: ReadResult;
  onExisting: OnExisting;
  rows: PlannedRow[];
  file: ImportPlan['file'];
  /** The workspace version the rows were planned against (see workspaceVersion). */
  version: string;
}

export const KEPT_PLANS = 5;

export function createPlanStore(keep = KEPT_PLANS) {
  const plans = new Map<string, StoredPlan>();
  return {
    newId: (): string => `plan-${crypto.randomBytes(9).toString('base64url')}`,
    put(plan: StoredPlan): void {
      plans.set(plan.id, plan);
      while (plans.size > keep) {
        const oldest = plans.keys().next().value;
        if (oldest === undefined) break;
        plans.delete(oldest);
      }
    },
    get: (id: string): StoredPlan | undefined => plans.get(id),
  };
}
