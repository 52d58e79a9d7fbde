// The preview's rows: the plan's first page, then further pages from imports.rows as the user
// asks; the "Errors only" filter fetches its own pages. Keyed by plan id, so a re-plan starts
// over instead of mixing rows of two plans.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPlan, ImportRowPlan } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { useClient } from '../../api/clientContext';
import { toRpcError } from '../../state/rpcErrors';

export const PAGE_SIZE = 500;

export interface PlanRows {
  rows: ImportRowPlan[];
  total: number;
  loading: boolean;
  error: RpcError | null;
  loadMore(): void;
}

export function usePlanRows(plan: ImportPlan, errorsOnly: boolean): PlanRows {
  const client = useClient();
  const [state, setState] = useState<{ key: string; rows: ImportRowPlan[]; total: number }>(() => ({ key: `${plan.planId}:all`, rows: plan.rows, total: plan.totalRows }));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const key = `${plan.planId}:${errorsOnly ? 'errors' : 'all'}`;
  const current = useRef(key);
  current.current = key;

  const fetchPage = useCallback(
    async (offset: number, base: ImportRowPlan[]): Promise<void> => {
      const forKey = key;
      setLoading(true);
      setError(null);
      try {
        const page = await client.call('imports.rows', { planId: plan.planId, offset, limit: PAGE_SIZE, errorsOnly });
        if (current.current !== forKey) return;
        setState({ key: forKey, rows: [...base, ...page.rows], total: page.total });
      } catch (err) {
        if (current.current === forKey) setError(toRpcError(err).rpc);
      } finally {
        if (current.current === forKey) setLoading(false);
      }
    },
    [client, plan.planId, errorsOnly, key],
  );

  useEffect(() => {
    if (!errorsOnly) {
      setState({ key, rows: plan.rows, total: plan.totalRows });
      setLoading(false);
      setError(null);
      return;
    }
    void fetchPage(0, []);
  }, [key, errorsOnly, plan, fetchPage]);

  const fresh = state.key === key;
  const rows = fresh ? state.rows : [];
  const total = fresh ? state.total : errorsOnly ? plan.summary.error : plan.totalRows;
  const loadMore = useCallback(() => {
    if (!loading && rows.length < total) void fetchPage(rows.length, rows);
  }, [loading, rows, total, fetchPage]);

  return { rows, total, loading: loading || !fresh, error, loadMore };
}
