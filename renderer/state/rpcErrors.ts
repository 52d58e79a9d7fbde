// Normalises anything a call can throw into the contract's RpcError shape, so dialogs show
// one kind of inline error whatever the transport did.
import type { RpcError } from '../../shared/rpc/index';
import { RpcCallError } from '../../shared/rpc/index';

export class MutationError extends Error {
  readonly rpc: RpcError;
  constructor(rpc: RpcError) {
    super(rpc.message);
    this.name = 'MutationError';
    this.rpc = rpc;
  }
}

export function toRpcError(err: unknown): MutationError {
  if (err instanceof MutationError) return err;
  if (err instanceof RpcCallError) return new MutationError({ code: err.code, message: err.message, details: err.details });
  return new MutationError({ code: 'Internal', message: err instanceof Error ? err.message : String(err) });
}

/** The field an InvalidInput error names, when the service said which one. */
export function errorField(error: RpcError): string | null {
  const details = error.details;
  if (details && typeof details === 'object' && 'field' in details) {
    const field = (details as { field: unknown }).field;
    return typeof field === 'string' ? field : null;
  }
  return null;
}
