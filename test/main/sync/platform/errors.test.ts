// Unit tests of the reply interpretation and error classification, without a server.
import { describe, expect, it } from 'vitest';
import { isKnownErrorType, isTransient, KNOWN_ERROR_TYPES, PlatformError } from '../../../../main/sync/platform/index';
import { interpretReply, parseRetryAfter, type HttpReply } from '../../../../main/sync/platform/replies';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const reply = (status: number, text: string, headers: Record<string, string> = {}): HttpReply => ({ status, text, headers: new Headers(headers) });
const errorOf = (r: HttpReply): PlatformError => {
  try {
    interpretReply(r, { route: '/org-lab/describe', secret: 'sekrit', nowMs: NOW });
  } catch (e) {
    if (e instanceof PlatformError) return e;
  }
  throw new Error('expected a PlatformError');
};

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('20', NOW)).toBe(20_000);
    expect(parseRetryAfter(' 1.5 ', NOW)).toBe(1500);
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
    expect(parseRetryAfter(new Date(NOW - 7000).toUTCString(), NOW)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('interpretReply', () => {
  it('returns the JSON of a success', () => {
    expect(interpretReply(reply(200, '{"id":"org-lab"}'), { route: '/x/y', secret: 's', nowMs: NOW })).toEqual({ id: 'org-lab' });
  });

  it.each(Object.entries(KNOWN_ERROR_TYPES))('maps %s (HTTP %i)', (type, status) => {
    const e = errorOf(reply(status, JSON.stringify({ error: { type, message: `a ${type}` } }), { 'x-request-id': 'r-1' }));
    expect(e).toMatchObject({ type, status, message: `a ${type}`, requestId: 'r-1', transient: status === 429 || status >= 500 });
    expect(isKnownErrorType(e.type)).toBe(true);
  });

  it('keeps Retry-After only for 429 and 503', () => {
    expect(errorOf(reply(429, '', { 'retry-after': '3' })).retryAfterMs).toBe(3000);
    expect(errorOf(reply(503, '', { 'retry-after': '3' })).retryAfterMs).toBe(3000);
    expect(errorOf(reply(500, '', { 'retry-after': '3' })).retryAfterMs).toBeUndefined();
  });

  it('names the body when it is not a platform error object', () => {
    expect(errorOf(reply(502, '<!DOCTYPE html><html></html>')).message).toBe('HTTP 502 from the platform (HTML error page) on /org-lab/describe');
    expect(errorOf(reply(504, 'gateway timeout', { 'content-type': 'text/html' })).message).toContain('(HTML error page)');
    expect(errorOf(reply(503, '   ')).message).toContain('(empty body)');
    expect(errorOf(reply(500, 'x'.repeat(500))).message).toMatch(/non-JSON body: x{160}…/);
    expect(errorOf(reply(500, '{"error":"flat string"}')).message).toContain('JSON without an error object');
  });

  it('falls back to the type when the platform gives no message', () => {
    expect(errorOf(reply(404, '{"error":{"type":"ResourceNotFound"}}')).message).toBe('ResourceNotFound (HTTP 404)');
  });
});

describe('isTransient', () => {
  it('is true for 5xx, 429 and network failures only', () => {
    expect(isTransient('NetworkError', 0)).toBe(true);
    expect(isTransient('HttpError', 502)).toBe(true);
    expect(isTransient('RateLimitConditional', 429)).toBe(true);
    expect(isTransient('InvalidInput', 422)).toBe(false);
    expect(isTransient('PermissionDenied', 401)).toBe(false);
    expect(isTransient('ClientError', 0)).toBe(false);
  });
});
