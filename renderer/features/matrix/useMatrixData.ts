// The matrix's data: the compact membership matrix (matrix.load), indexed once per answer, and
// the rows and columns the current query shows (the same pure filter exports.matrix runs).
// Emits the views benchmark's marks (orgdesk:matrix:data / :painted) once per mount.
import { useMemo } from 'react';
import type { MatrixIndex, MatrixSelection } from '../../../shared/contract/index';
import { indexMatrix, queryMatrix } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { useQuery } from '../../api/clientContext';
import { usePerfMarks } from '../../ui/usePerfMarks';
import { useMatrixStore } from './useMatrixStore';

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
  // Before the index is built, so the data mark is as close as possible to the parsed answer;
  // the rows shown exist exactly when data does (both derive from it in this render).
  usePerfMarks('matrix', Boolean(data));
  const ix = useMemo(() => (data ? indexMatrix(data) : null), [data]);
  const shown = useMemo(() => (ix ? queryMatrix(ix, query) : null), [ix, query]);
  const orgIds = useMemo(() => (ix && shown ? shown.orgs.map((o) => ix.data.orgs.ids[o] ?? '') : []), [ix, shown]);

  return { ix, shown, orgIds, error, loading };
}
