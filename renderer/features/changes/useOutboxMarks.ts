// Feeds row marks: the failed and conflicting outbox entries, kept fresh by the query store, so
// a member or grant row can say "conflict" or "failed" rather than only "pending" (views carry
// just `pending: boolean`).
import { useMemo } from 'react';
import { useQuery } from '../../api/clientContext';
import type { SyncProblem } from '../../ui/Badge';
import type { OutboxMarks } from './outboxMarks';
import { buildMarks } from './outboxMarks';

export type { OutboxMarks } from './outboxMarks';
export { grantTarget, memberTarget, orgTarget, projectTarget } from './outboxMarks';

const PROBLEM_STATES: SyncProblem[] = ['conflict', 'failed'];

export function useOutboxMarks(): OutboxMarks {
  const { data } = useQuery('outbox.list', { states: PROBLEM_STATES });
  return useMemo(() => buildMarks(data?.entries ?? []), [data]);
}
