// Transport-agnostic client core: typed calls over any transport that moves Result envelopes.
// Owns unwrapping; must not know whether it runs over IPC, HTTP or in memory.
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../contract/index';
import type { Result } from './result';
import { RpcCallError } from './result';

export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  tryCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok) throw new RpcCallError(result.error);
      return result.value as never;
    },
    async tryCall(method, input) {
      return (await transport.call(method, input)) as never;
    },
    on(event, listener) {
      return transport.on(event, listener as (payload: unknown) => void);
    },
  };
}
