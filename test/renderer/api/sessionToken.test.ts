// The bridge token: read once from #token=, kept in sessionStorage, wiped from the address bar.
import { describe, expect, it } from 'vitest';
import { takeSessionToken, tokenFromHash } from '../../../renderer/api/sessionToken';

function env(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>();
  if (stored) storage.set('orgdesk.bridgeToken', stored);
  const replaced: string[] = [];
  return {
    replaced,
    storage,
    env: {
      location: { hash, pathname: '/', search: '' },
      history: { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
      storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
    },
  };
}

describe('bridge token', () => {
  it('reads #token= from the fragment', () => {
    expect(tokenFromHash('#token=abc-_1')).toBe('abc-_1');
    expect(tokenFromHash('#other=1')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('stores the token for reloads and clears it from the address bar', () => {
    const e = env('#token=secret');
    expect(takeSessionToken(e.env)).toBe('secret');
    expect(e.storage.get('orgdesk.bridgeToken')).toBe('secret');
    expect(e.replaced).toEqual(['/']);
  });

  it('falls back to the stored token after a reload', () => {
    const e = env('', 'kept');
    expect(takeSessionToken(e.env)).toBe('kept');
    expect(e.replaced).toEqual([]);
  });
});
