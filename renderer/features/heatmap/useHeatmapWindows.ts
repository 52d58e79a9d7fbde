// One WindowCache per query (pivot, filters, sort, what-if), dropped and refetched when the
// workspace changes. Re-renders the view whenever a block arrives.
import { useEffect, useMemo, useReducer } from 'react';
import type { HeatmapQueryInput } from '../../../shared/contract/index';
import { useClient } from '../../api/clientContext';
import { WindowCache } from './windowCache';

export function useHeatmapWindows(query: HeatmapQueryInput): WindowCache {
  const client = useClient();
  const key = JSON.stringify(query);
  // The key captures the query by value; depending on the object would rebuild every render.
  const cache = useMemo(() => new WindowCache(client, query), [client, key]);
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => cache.subscribe(bump), [cache]);
  useEffect(() => client.on('workspace.changed', () => cache.invalidate()), [client, cache]);
  // The first block: asked for at once so the totals (and the grid's size) arrive.
  useEffect(() => cache.ensure({ start: 0, end: 1 }, { start: 0, end: 1 }), [cache]);
  return cache;
}
