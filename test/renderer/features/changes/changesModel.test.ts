import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../shared/contract/index';
import { changeRows, tabCounts, tabOf } from '../../../../renderer/features/changes/changesModel';

function entry(id: number, state: OutboxEntry['state']): OutboxEntry {
  return { id, op: 'member.update', target: `member:org-lab:user-${id}`, summary: `edit ${id}`, payload: {}, base: null, actingUser: 'user-d', createdAt: id, state, error: null, theirs: null };
}

const active = [entry(4, 'pending'), entry(1, 'conflict'), entry(3, 'failed'), entry(2, 'sending'), entry(5, 'conflict')];
const history = [entry(6, 'sent'), entry(7, 'discarded')];

describe('Changes grouping', () => {
  it('puts every state under one tab', () => {
    expect(['pending', 'sending', 'failed', 'conflict', 'sent', 'discarded'].map((s) => tabOf(s as OutboxEntry['state']))).toEqual([
      'pending',
      'pending',
      'failed',
      'conflict',
      'history',
      'history',
    ]);
  });

  it('counts each tab; "all" is every unsynced edit', () => {
    expect(tabCounts(active, history.length)).toEqual({ all: 5, conflict: 2, failed: 1, pending: 2, history: 2 });
  });

  it('groups the "all" tab as conflicts, failed, pending, each in push order under a heading', () => {
    const rows = changeRows('all', active, history).map((r) => (r.kind === 'group' ? `# ${r.label} ${r.count}` : r.entry.id));
    expect(rows).toEqual(['# Conflicts 2', 1, 5, '# Failed 1', 3, '# Pending 2', 2, 4]);
  });

  it('filters a single tab without headings, history newest first', () => {
    expect(changeRows('pending', active, history).map((r) => (r.kind === 'entry' ? r.entry.id : null))).toEqual([2, 4]);
    expect(changeRows('history', active, history).map((r) => (r.kind === 'entry' ? r.entry.id : null))).toEqual([7, 6]);
    expect(changeRows('all', [], history)).toEqual([]);
  });
});
