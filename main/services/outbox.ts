// Read side of the outbox for the Changes view and the status bar. Read-only: entries are
// written by the edit services and moved between states by the sync engine.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { ServiceContext } from './context';
import { outboxCounts } from './context';

export function createOutboxService(ctx: ServiceContext) {
  return {
    list(input: ParsedInput<'outbox.list'>): MethodOutput<'outbox.list'> {
      return { entries: ctx.repos.outbox.list(input.states) };
    },
    summary(): MethodOutput<'outbox.summary'> {
      return outboxCounts(ctx);
    },
  };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
