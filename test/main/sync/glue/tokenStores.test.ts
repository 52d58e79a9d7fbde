// The non-desktop token stores: $ORGDESK_TOKEN (read-only, set() refused without echoing the
// token) and the in-memory store of `orgdesk serve`; plus the redaction guard.
import { describe, expect, it } from 'vitest';
import { envTokenStore, memoryTokenStore, redactToken } from '../../../../main/sync/tokens/index';
import { AppError } from '../../../../shared/rpc/index';

describe('envTokenStore', () => {
  it('reads $ORGDESK_TOKEN on demand, trimmed; empty means none', () => {
    const env: Record<string, string | undefined> = {};
    const store = envTokenStore(env);
    expect(store.get()).toBeNull();
    env.ORGDESK_TOKEN = '  abc  ';
    expect(store.get()).toBe('abc');
    env.ORGDESK_TOKEN = '   ';
    expect(store.get()).toBeNull();
  });

  it('refuses set() with a clear message that does not repeat the token', () => {
    const store = envTokenStore({});
    let caught: unknown;
    try {
      store.set('secret-xyz');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('InvalidInput');
    expect((caught as AppError).message).toMatch(/\$ORGDESK_TOKEN/);
    expect((caught as AppError).message).not.toContain('secret-xyz');
  });

  it('clear() stops this process using the variable; describe() names it', () => {
    const store = envTokenStore({ ORGDESK_TOKEN: 't' });
    expect(store.describe()).toEqual({ label: '$ORGDESK_TOKEN', persistent: false, warning: null });
    store.clear();
    expect(store.get()).toBeNull();
  });
});

describe('memoryTokenStore', () => {
  it('keeps the token for this session only', () => {
    const store = memoryTokenStore();
    expect(store.get()).toBeNull();
    store.set('t1');
    expect(store.get()).toBe('t1');
    store.clear();
    expect(store.get()).toBeNull();
    expect(store.describe()).toEqual({ label: 'this session only', persistent: false, warning: null });
  });
});

describe('redactToken', () => {
  it('replaces every occurrence and leaves text alone without a token', () => {
    expect(redactToken('a tok b tok', 'tok')).toBe('a [token] b [token]');
    expect(redactToken('a tok', null)).toBe('a tok');
    expect(redactToken('a tok', '')).toBe('a tok');
  });
});
