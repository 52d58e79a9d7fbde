// In-process transport for tests and previews: hands calls to a router-like dispatcher and
// relays bus events. Inputs and outputs are structured-cloned so nothing shares references
// across the boundary, exactly as over IPC or HTTP. Never imports main/ (the caller wires it).
import type { Result, Transport } from '../../shared/rpc/index';

export interface MemoryBackend {
  dispatch(method: string, rawInput: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

export function createMemoryTransport(backend: MemoryBackend): Transport {
  return {
    async call(method, input) {
      const result = await backend.dispatch(method, structuredClone(input ?? {}));
      return structuredClone(result);
    },
    on(event, listener) {
      return backend.subscribe((name, payload) => {
        if (name === event) listener(structuredClone(payload));
      });
    },
  };
}
