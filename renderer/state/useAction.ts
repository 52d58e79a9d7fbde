// Runs one user action (a mutation) and keeps its busy flag and error for inline display.
// The error is the contract's RpcError; dialogs show it next to the button that failed.
import { useCallback, useState } from 'react';
import type { RpcError } from '../../shared/rpc/index';
import { toRpcError } from './rpcErrors';

export interface Action {
  busy: boolean;
  error: RpcError | null;
  /** Resolves to the result, or undefined when the action failed (error is then set). */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(toRpcError(err).rpc);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
