// In-process event bus: services emit contract events after commit; transports (IPC, SSE)
// subscribe and forward. A failing listener never stops the others or the emitter.
import type { EventName, EventPayload } from '../../shared/contract/index';

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch (err) {
          console.error(`[orgdesk] event listener for ${event} failed:`, err);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
