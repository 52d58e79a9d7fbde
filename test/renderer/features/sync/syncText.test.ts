import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/contract/index';
import { lastSyncText, platformHost, syncItems, syncNowBlocked } from '../../../../renderer/features/sync/syncText';

const connected: SyncStatus = {
  state: 'upToDate',
  platformUrl: 'http://127.0.0.1:4010',
  connectedUser: 'user-d',
  tokenStorage: 'this session only',
  tokenWarning: null,
  lastSyncAt: 1_700_000_000_000,
  lastError: null,
  pending: 0,
  failed: 0,
  conflict: 0,
};
const disconnected: SyncStatus = { ...connected, state: 'disconnected', platformUrl: null, connectedUser: null, tokenStorage: null, lastSyncAt: null };
const none = { pending: 0, failed: 0, conflict: 0 };
const labels = (...args: Parameters<typeof syncItems>): string[] => syncItems(...args).map((i) => i.label);

describe('syncItems', () => {
  it('says "Up to date" only when connected with nothing waiting', () => {
    expect(labels(connected, none, false)).toEqual(['Up to date']);
    expect(labels(connected, { ...none, pending: 2 }, false)).toEqual(['2 pending edits']);
    expect(labels({ ...connected, lastSyncAt: null }, none, false)).toEqual(['Not synced yet']);
  });

  it('keeps the foundation wording when not connected', () => {
    expect(labels(disconnected, none, false)).toEqual(['No pending edits']);
    expect(labels(null, { ...none, pending: 1 }, false)).toEqual(['1 pending edit']);
  });

  it('folds the pending count into "Offline" and explains why in the tooltip', () => {
    const items = syncItems({ ...connected, state: 'offline', lastError: 'connect ECONNREFUSED' }, { ...none, pending: 1 }, false);
    expect(items.map((i) => i.label)).toEqual(['Offline — 1 pending edit']);
    expect(items[0]?.title).toContain('127.0.0.1:4010 could not be reached: connect ECONNREFUSED');
    expect(items[0]?.tab).toBe('pending');
    expect(labels({ ...connected, state: 'offline' }, none, false)).toEqual(['Offline']);
  });

  it('shows conflicts and failures as their own clickable items, whatever the state', () => {
    const items = syncItems({ ...connected, state: 'offline' }, { pending: 0, failed: 1, conflict: 2 }, false);
    expect(items.map((i) => [i.label, i.tab])).toEqual([
      ['Offline', null],
      ['2 conflicts', 'conflict'],
      ['1 failed', 'failed'],
    ]);
    expect(labels(connected, { pending: 0, failed: 0, conflict: 1 }, false)).toEqual(['1 conflict']);
  });

  it('says "Syncing…" while a run is in flight, from the store or from the engine', () => {
    expect(labels(connected, { ...none, pending: 1 }, true)).toEqual(['Syncing…', '1 pending edit']);
    expect(labels({ ...connected, state: 'syncing' }, none, false)).toEqual(['Syncing…']);
    expect(labels({ ...connected, state: 'offline' }, none, true)).toEqual(['Syncing…']);
  });
});

describe('syncNowBlocked', () => {
  it('explains why Sync now is disabled', () => {
    expect(syncNowBlocked(disconnected, false)).toMatch(/^Connect to a platform first/);
    expect(syncNowBlocked(null, false)).toMatch(/^Connect to a platform first/);
    expect(syncNowBlocked(connected, true)).toBe('A sync is already running');
    expect(syncNowBlocked({ ...connected, state: 'offline' }, false)).toBeNull();
  });
});

describe('lastSyncText and platformHost', () => {
  const now = new Date(2025, 2, 3, 15, 0, 0).getTime();
  it('ages the last sync time', () => {
    expect(lastSyncText(null, now)).toBe('Never synced');
    expect(lastSyncText(now - 10_000, now)).toBe('Synced just now');
    expect(lastSyncText(now - 5 * 60_000, now)).toBe('Synced 5 min ago');
    expect(lastSyncText(now - 3 * 3_600_000, now)).toMatch(/^Synced at /);
    expect(lastSyncText(now - 3 * 86_400_000, now)).toMatch(/^Synced (?!at)/);
  });
  it('shows the host of a URL', () => {
    expect(platformHost('http://127.0.0.1:4010/')).toBe('127.0.0.1:4010');
    expect(platformHost('not a url')).toBe('not a url');
  });
});
