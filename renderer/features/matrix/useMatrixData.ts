// The matrix's data: the compact membership matrix (matrix.load), indexed once per answer, and
// the rows and columns the current query shows (the same pure filter exports.matrix runs).
// Emits the views benchmark's marks (orgdesk:matrix:data / :painted) once per mount.
import { useEffect, useMemo, useRef } from 'react';
import type { MatrixIndex, MatrixSelection } from '../../../shared/contract/index';
import { indexMatrix, queryMatrix } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { useQuery } from '../../api/clientContext';
import { useMatrixStore } from './useMatrixStore';

export const DATA_MARK = 'orgdesk:matrix:data';
export const PAINTED_MARK = 'orgdesk:matrix:painted';

export interface MatrixData {
  ix: MatrixIndex | null;
  shown: MatrixSelection | null;
  /** Visible org ids, in column order. */
  orgIds: string[];
  error: RpcError | null;
  loading: boolean;
}

const EMPTY_QUERY_INPUT = {};

export function useMatrixData(): MatrixData {
  const { data, error, loading } = useQuery('matrix.load', EMPTY_QUERY_INPUT);
  const query = useMatrixStore((s) => s.query);
  const marked = useRef({ data: false, painted: false });
  if (data && !marked.current.data) {
    // Marked while rendering the first answer: the response is parsed, nothing drawn yet.
    marked.current.data = true;
    performance.mark(DATA_MARK);
  }
  const ix = useMemo(() => (data ? indexMatrix(data) : null), [data]);
  const shown = useMemo(() => (ix ? queryMatrix(ix, query) : null), [ix, query]);
  const orgIds = useMemo(() => (ix && shown ? shown.orgs.map((o) => ix.data.orgs.ids[o] ?? '') : []), [ix, shown]);

  useEffect(() => {
    if (!shown || marked.current.painted) return;
    // After commit, the next frame paints; the task after that frame runs once it is on screen.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (marked.current.painted) return;
        marked.current.painted = true;
        performance.mark(PAINTED_MARK);
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [shown]);

  useEffect(
    () => () => {
      performance.clearMarks(DATA_MARK);
      performance.clearMarks(PAINTED_MARK);
    },
    [],
  );

  return { ix, shown, orgIds, error, loading };
}
