// How the Changes view groups the outbox: which filter tab each entry belongs to, the count per
// tab, and the rows of a tab (the "all" tab groups conflicts, then failures, then pending, in
// push order, under a heading row per group). Pure: no React, no calls.
import type { OutboxEntry } from '../../../shared/contract/index';
import type { ChangesTab } from '../../state/navStore';

export const ACTIVE_STATES = ['pending', 'sending', 'failed', 'conflict'] as const;
export const HISTORY_STATES = ['sent', 'discarded'] as const;

export type GroupTab = Exclude<ChangesTab, 'all' | 'history'>;

export const TAB_LABELS: Record<ChangesTab, string> = {
  all: 'All unsynced',
  conflict: 'Conflicts',
  failed: 'Failed',
  pending: 'Pending',
  history: 'Synced',
};

const GROUP_HINTS: Record<GroupTab, string> = {
  conflict: 'changed on the platform too: review and choose which value wins',
  failed: 'refused by the platform: retry or discard',
  pending: 'saved here, sent in this order at the next sync',
};

export type ChangeRow = { kind: 'group'; tab: GroupTab; count: number; label: string; hint: string } | { kind: 'entry'; entry: OutboxEntry };

export function tabOf(state: OutboxEntry['state']): Exclude<ChangesTab, 'all'> {
  if (state === 'conflict') return 'conflict';
  if (state === 'failed') return 'failed';
  if (state === 'pending' || state === 'sending') return 'pending';
  return 'history';
}

export type TabCounts = Record<ChangesTab, number>;

export function tabCounts(active: readonly OutboxEntry[], historyCount: number): TabCounts {
  const counts: TabCounts = { all: 0, conflict: 0, failed: 0, pending: 0, history: historyCount };
  for (const e of active) {
    const tab = tabOf(e.state);
    if (tab === 'history') continue;
    counts[tab]++;
    counts.all++;
  }
  return counts;
}

const GROUP_ORDER: readonly GroupTab[] = ['conflict', 'failed', 'pending'];

export function changeRows(tab: ChangesTab, active: readonly OutboxEntry[], history: readonly OutboxEntry[]): ChangeRow[] {
  if (tab === 'history') return [...history].sort((a, b) => b.id - a.id).map((entry) => ({ kind: 'entry', entry }));
  const ordered = [...active].sort((a, b) => a.id - b.id);
  if (tab !== 'all') return ordered.filter((e) => tabOf(e.state) === tab).map((entry) => ({ kind: 'entry', entry }));
  const rows: ChangeRow[] = [];
  for (const group of GROUP_ORDER) {
    const members = ordered.filter((e) => tabOf(e.state) === group);
    if (members.length === 0) continue;
    rows.push({ kind: 'group', tab: group, count: members.length, label: TAB_LABELS[group], hint: GROUP_HINTS[group] });
    for (const entry of members) rows.push({ kind: 'entry', entry });
  }
  return rows;
}
