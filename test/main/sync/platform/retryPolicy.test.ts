import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  decideRetry,
  PlatformError,
  retryAfterDelayMs,
  type RetryConfig,
  type RetryState,
} from '../../../../main/sync/platform/index';

const config = (over: Partial<RetryConfig> = {}): RetryConfig => ({ maxRetries: 6, maxRetryAfterRetries: 20, random: () => 0, ...over });
const state = (over: Partial<RetryState> = {}): RetryState => ({ attempt: 1, countedRetries: 0, retryAfterRetries: 0, ...over });
const httpError = (status: number, type: string, retryAfterMs?: number): PlatformError =>
  new PlatformError({ type, status, route: '/org-x/describe', message: 'm', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
const network = (reachedServer: boolean, code = 'UND_ERR_SOCKET'): PlatformError =>
  new PlatformError({ type: 'NetworkError', status: 0, route: '/x/y', message: 'm', reachedServer, code });

describe('backoffDelayMs', () => {
  it('is random between 2^(n-2) and 2^(n-1) seconds', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(500);
    expect(backoffDelayMs(1, () => 1)).toBe(1000);
    expect(backoffDelayMs(3, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, () => 0.5)).toBe(3000);
    expect(backoffDelayMs(3, () => 1)).toBe(4000);
  });
  it('caps n at 8 (64-128 s)', () => {
    expect(backoffDelayMs(8, () => 0)).toBe(64_000);
    expect(backoffDelayMs(30, () => 0)).toBe(64_000);
    expect(backoffDelayMs(30, () => 1)).toBe(128_000);
  });
});

describe('retryAfterDelayMs', () => {
  it('adds 25 % of Retry-After per earlier attempt', () => {
    expect(retryAfterDelayMs(20_000, 1)).toBe(20_000);
    expect(retryAfterDelayMs(20_000, 2)).toBe(25_000);
    expect(retryAfterDelayMs(20_000, 5)).toBe(40_000);
  });
  it('caps the growth at 20 earlier attempts', () => {
    expect(retryAfterDelayMs(1000, 21)).toBe(6000);
    expect(retryAfterDelayMs(1000, 100)).toBe(6000);
  });
  it('uses 60 s or more unchanged', () => {
    expect(retryAfterDelayMs(60_000, 5)).toBe(60_000);
    expect(retryAfterDelayMs(90_000, 3)).toBe(90_000);
  });
});

describe('decideRetry', () => {
  it('retries 5xx, counted, with backoff', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(decideRetry(httpError(status, 'InternalError'), state({ attempt: 2 }), false, config())).toEqual({
        retry: true,
        delayMs: 1000,
        counted: true,
      });
    }
  });
  it('retries 429 without Retry-After as a counted retry', () => {
    expect(decideRetry(httpError(429, 'RateLimitConditional'), state(), false, config())).toMatchObject({ retry: true, counted: true });
  });
  it('honours Retry-After on 429 and 503 without counting it', () => {
    expect(decideRetry(httpError(429, 'RateLimitConditional', 2000), state({ attempt: 3 }), false, config())).toEqual({
      retry: true,
      delayMs: 3000,
      counted: false,
    });
    expect(decideRetry(httpError(503, 'ServiceUnavailable', 1000), state(), true, config())).toEqual({
      retry: true,
      delayMs: 1000,
      counted: false,
    });
  });
  it('keeps honouring Retry-After after the counted budget is spent, up to its own guard', () => {
    const e = httpError(503, 'ServiceUnavailable', 1000);
    expect(decideRetry(e, state({ countedRetries: 6 }), false, config())).toMatchObject({ retry: true, counted: false });
    expect(decideRetry(e, state({ retryAfterRetries: 20 }), false, config())).toMatchObject({ retry: false });
  });
  it('ignores Retry-After on other statuses', () => {
    expect(decideRetry(httpError(500, 'InternalError', 9000), state(), false, config())).toMatchObject({ counted: true, delayMs: 500 });
  });
  it('never retries 422 or other 4xx', () => {
    for (const [status, type] of [
      [422, 'InvalidInput'],
      [422, 'InvalidState'],
      [401, 'InvalidAuthentication'],
      [401, 'PermissionDenied'],
      [403, 'SpendingLimitExceeded'],
      [404, 'ResourceNotFound'],
      [400, 'MalformedJSON'],
    ] as const) {
      expect(decideRetry(httpError(status, type), state(), true, config()).retry).toBe(false);
    }
  });
  it('stops when the counted budget is spent', () => {
    const d = decideRetry(httpError(500, 'InternalError'), state({ attempt: 7, countedRetries: 6 }), true, config());
    expect(d).toEqual({ retry: false, reason: 'retry budget of 6 spent (HTTP 500)' });
  });
  it('retries no-reply failures only on safe routes, unless the request never arrived', () => {
    expect(decideRetry(network(true), state(), true, config())).toMatchObject({ retry: true, counted: true });
    expect(decideRetry(network(true), state(), false, config())).toMatchObject({ retry: false });
    expect(decideRetry(network(false, 'ECONNREFUSED'), state(), false, config())).toMatchObject({ retry: true, counted: true });
    expect(decideRetry(network(false, 'ENOTFOUND'), state({ countedRetries: 6 }), false, config())).toMatchObject({ retry: false });
  });
  it('retries an unreadable success reply only on safe routes', () => {
    const garbled = new PlatformError({ type: 'InvalidResponse', status: 200, route: '/x/y', message: 'm', code: 'NON_JSON_REPLY' });
    expect(decideRetry(garbled, state(), true, config()).retry).toBe(true);
    expect(decideRetry(garbled, state(), false, config()).retry).toBe(false);
    const mismatch = new PlatformError({ type: 'InvalidResponse', status: 200, route: '/x/y', message: 'm', code: 'SCHEMA_MISMATCH' });
    expect(decideRetry(mismatch, state(), true, config()).retry).toBe(false);
  });
  it('never retries errors raised before sending', () => {
    const local = new PlatformError({ type: 'ClientError', status: 0, route: '/x/y', message: 'm', reachedServer: false, code: 'BAD_TOKEN' });
    expect(decideRetry(local, state(), true, config()).retry).toBe(false);
  });
  it('takes randomness only from the injected source', () => {
    const d = decideRetry(httpError(502, 'HttpError'), state({ attempt: 4 }), false, config({ random: () => 0.25 }));
    expect(d).toEqual({ retry: true, delayMs: 5000, counted: true });
  });
});
