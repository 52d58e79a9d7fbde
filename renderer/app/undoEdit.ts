// Ctrl/Cmd+Z outside a text field: takes back the newest edit that has not been synced yet
// (discarding its outbox entry reverts the local change), and says which one. Edits already
// sending, sent, failed or in conflict are not touched: those are decided in Changes.
import type { Client } from '../../shared/rpc/index';
import { toRpcError } from '../state/rpcErrors';

export type UndoOutcome = { kind: 'undone'; summary: string } | { kind: 'nothing' } | { kind: 'failed'; message: string };

export async function undoLastEdit(client: Pick<Client, 'call'>): Promise<UndoOutcome> {
  try {
    const { entries } = await client.call('outbox.list', { states: ['pending'] });
    // Newest first by time, then by id (ids grow with every edit in this workspace).
    const newest = [...entries].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0];
    if (!newest) return { kind: 'nothing' };
    const discarded = await client.call('outbox.discard', { id: newest.id });
    return { kind: 'undone', summary: discarded.summary };
  } catch (err) {
    return { kind: 'failed', message: toRpcError(err).rpc.message };
  }
}

export function undoMessage(outcome: UndoOutcome): { text: string; tone: 'ok' | 'info' | 'error' } {
  switch (outcome.kind) {
    case 'undone':
      return { text: `Undid: ${outcome.summary}`, tone: 'ok' };
    case 'nothing':
      return { text: 'Nothing to undo: every edit has been synced or decided', tone: 'info' };
    case 'failed':
      return { text: `Could not undo: ${outcome.message}`, tone: 'error' };
  }
}
