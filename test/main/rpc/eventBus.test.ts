// The event bus: delivery, unsubscribe, and isolation of a failing listener.
// No workspace needed.
import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../../main/rpc/eventBus';

describe('eventBus', () => {
  it('delivers to subscribers until they unsubscribe, isolating failing listeners', () => {
    const bus = createEventBus();
    const seen: unknown[] = [];
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bus.subscribe(() => {
      throw new Error('listener bug');
    });
    const off = bus.subscribe((event, payload) => seen.push([event, payload]));
    bus.emit('outbox.changed', { pending: 1, failed: 0, conflict: 0 });
    off();
    bus.emit('workspace.changed', { areas: ['orgs'] });
    expect(seen).toEqual([['outbox.changed', { pending: 1, failed: 0, conflict: 0 }]]);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
