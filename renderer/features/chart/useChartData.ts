// Feeds the chart: the skeleton, then every group page the current expansion needs, each kept
// fresh through the query store (so edits elsewhere and pending marks show up here). A page
// being refetched keeps showing its last answer instead of flashing "loading".
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ChartGroupPage, ChartSkeleton } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { useQuery, useStores } from '../../api/clientContext';
import { queryKey } from '../../state/queryStore';
import type { Expansion, PageRequest } from './chartModel';
import { pageKey, pageRequests } from './chartModel';

export interface ChartData {
  skeleton: ChartSkeleton | undefined;
  pages: ReadonlyMap<string, ChartGroupPage>;
  error: RpcError | null;
  loading: boolean;
}

const NO_PAGES: PageRequest[] = [];

export function useChartData(expansion: Expansion): ChartData {
  const { queries } = useStores();
  const skeleton = useQuery('chart.skeleton', {});
  const requests = useMemo(() => (skeleton.data ? pageRequests(skeleton.data, expansion) : NO_PAGES), [skeleton.data, expansion]);
  const keys = useMemo(() => requests.map((r) => queryKey('chart.group', r)), [requests]);
  const signature = keys.join('\n');

  useEffect(() => {
    const releases = requests.map((r) => queries.getState().retain('chart.group', r));
    return () => {
      for (const release of releases) release();
    };
    // `signature` captures the requests by value.
  }, [queries, signature]);

  const entries = useStore(queries, useShallow((s) => keys.map((k) => s.entries[k])));
  const last = useRef(new Map<string, ChartGroupPage>());
  const pages = useMemo(() => {
    const out = new Map<string, ChartGroupPage>();
    requests.forEach((r, i) => {
      const id = pageKey(r);
      const data = entries[i]?.data as ChartGroupPage | undefined;
      const page = data ?? last.current.get(id);
      if (page) out.set(id, page);
    });
    last.current = out;
    return out;
  }, [requests, entries]);
  const pageError = entries.find((e) => e?.error)?.error ?? null;
  return { skeleton: skeleton.data, pages, error: skeleton.error ?? pageError, loading: skeleton.loading };
}
