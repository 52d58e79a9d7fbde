// What the status bar says about sync, as data: the state ("Offline — 2 pending edits",
// "Syncing…", "Up to date") and one item per count that needs the user, each pointing at the
// Changes tab that lists it. Pure so every state is unit-tested without a DOM.
import type { SyncStatus } from '../../../shared/contract/index';
import type { ChangesTab } from '../../state/navStore';
import type { OutboxCounts } from '../../state/workspaceStore';
import { plural } from '../../../shared/text/plural';

export type SyncTone = 'ok' | 'busy' | 'warn' | 'bad' | 'neutral';

export interface SyncItem {
  key: string;
  label: string;
  tone: SyncTone;
  title: string;
  /** The Changes tab this item opens, or null when it is plain text. */
  tab: ChangesTab | null;
}

export function isConnected(status: SyncStatus | null): status is SyncStatus {
  return status !== null && status.state !== 'disconnected' && status.platformUrl !== null;
}

/** "127.0.0.1:4010" for http(s) URLs; the text as given otherwise. */
export function platformHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function pendingEdits(n: number): string {
  return n === 0 ? 'No pending edits' : plural(n, 'pending edit');
}

export function syncItems(status: SyncStatus | null, counts: OutboxCounts, running: boolean): SyncItem[] {
  const items: SyncItem[] = [];
  const connected = isConnected(status);
  const offline = connected && status.state === 'offline' && !running;
  if (running || status?.state === 'syncing') {
    items.push({ key: 'state', label: 'Syncing…', tone: 'busy', title: 'Sending local edits, then reading the platform', tab: null });
  } else if (offline) {
    const why = status.lastError ? `: ${status.lastError}` : '';
    items.push({
      key: 'state',
      label: counts.pending > 0 ? `Offline — ${pendingEdits(counts.pending)}` : 'Offline',
      tone: 'warn',
      title: `${platformHost(status.platformUrl ?? '')} could not be reached${why}. Edits are kept here and sent at the next sync.`,
      tab: counts.pending > 0 ? 'pending' : null,
    });
  } else if (connected && status.lastSyncAt === null) {
    items.push({ key: 'state', label: 'Not synced yet', tone: 'neutral', title: 'Sync now to send local edits and read the platform', tab: null });
  } else if (connected && counts.pending + counts.conflict + counts.failed === 0) {
    items.push({ key: 'state', label: 'Up to date', tone: 'ok', title: 'Every local edit has been synced', tab: null });
  }
  if (!offline && (counts.pending > 0 || !connected)) {
    items.push({
      key: 'pending',
      label: pendingEdits(counts.pending),
      tone: counts.pending > 0 ? 'warn' : 'neutral',
      title: connected ? 'Saved here, sent at the next sync' : 'Saved here; connect to a platform to send them',
      tab: 'pending',
    });
  }
  if (counts.conflict > 0) {
    items.push({ key: 'conflict', label: plural(counts.conflict, 'conflict'), tone: 'bad', title: 'Changed on the platform too: choose which value wins', tab: 'conflict' });
  }
  if (counts.failed > 0) {
    items.push({ key: 'failed', label: `${counts.failed} failed`, tone: 'bad', title: 'Refused by the platform: retry or discard', tab: 'failed' });
  }
  return items;
}

/** Why "Sync now" cannot run, or null when it can. */
export function syncNowBlocked(status: SyncStatus | null, running: boolean): string | null {
  if (running || status?.state === 'syncing') return 'A sync is already running';
  if (!isConnected(status)) return 'Connect to a platform first (Platform connection in the status bar)';
  return null;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Synced just now", "Synced 5 min ago", "Synced at 09:41", "Synced Mar 3, 2025", "Never synced". */
export function lastSyncText(at: number | null, now: number): string {
  if (at === null) return 'Never synced';
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'Synced just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `Synced ${minutes} min ago`;
  if (new Date(at).toDateString() === new Date(now).toDateString()) return `Synced at ${clock.format(at)}`;
  return `Synced ${day.format(at)}`;
}
