// Collects what the engine changed and emits the contract events once the writes are
// committed: workspace.changed with the areas touched, outbox.changed with the counts the
// status bar shows. Callers flush only after their transaction has returned.
import type { EventPayload } from '../../../shared/contract/index';
import { CHANGE_AREAS } from '../../../shared/contract/index';
import type { OutboxRepo } from '../../db/repos/outbox';
import type { EventBus } from '../../rpc/eventBus';

export type ChangeArea = EventPayload<'workspace.changed'>['areas'][number];

export interface Notifier {
  touch(areas: readonly ChangeArea[], outboxChanged?: boolean): void;
  flush(): void;
}

export function outboxCounts(outbox: OutboxRepo): EventPayload<'outbox.changed'> {
  const c = outbox.countsByState();
  return { pending: c.pending + c.sending, failed: c.failed, conflict: c.conflict };
}

export function createNotifier(events: EventBus, outbox: OutboxRepo): Notifier {
  const areas = new Set<ChangeArea>();
  let outboxChanged = false;
  return {
    touch(touched, changed = true) {
      for (const a of touched) areas.add(a);
      if (changed) {
        areas.add('outbox');
        outboxChanged = true;
      }
    },
    flush() {
      if (areas.size > 0) events.emit('workspace.changed', { areas: CHANGE_AREAS.filter((a) => areas.has(a)) });
      if (outboxChanged) events.emit('outbox.changed', outboxCounts(outbox));
      areas.clear();
      outboxChanged = false;
    },
  };
}
