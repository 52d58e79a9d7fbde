// The bridge over a stub router and the real event bus: authentication, Host/Origin checks,
// HTTP framing, static files and SSE, over real HTTP on 127.0.0.1.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../../main/bridge/server';
import type { BridgeHandle } from '../../../main/bridge/server';
import { CONTENT_SECURITY_POLICY } from '../../../main/bridge/securityHeaders';
import { createEventBus } from '../../../main/rpc/eventBus';
import type { EventBus } from '../../../main/rpc/eventBus';
import type { Router } from '../../../main/rpc/router';
import { openEvents, request, rpc } from './httpHelpers';

const stubRouter: Router = {
  async dispatch(method, rawInput) {
    if (method === 'echo.input') return { ok: true, value: { echoed: rawInput } };
    return { ok: false, error: { code: 'UnknownMethod', message: `Unknown method ${JSON.stringify(method)}` } };
  },
};

let tmp: string;
let rendererDir: string;
let bridge: BridgeHandle;
let events: EventBus;
let subscriptions = 0;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-bridge-'));
  rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>OrgDesk</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.js'), 'console.log("hi")');
  writeFileSync(path.join(rendererDir, '.env'), 'HIDDEN=1');
  writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function start(extra: { heartbeatMs?: number } = {}): Promise<BridgeHandle> {
  const bus = createEventBus();
  subscriptions = 0;
  events = {
    emit: (event, payload) => bus.emit(event, payload),
    subscribe(listener) {
      subscriptions += 1;
      const off = bus.subscribe(listener);
      return () => {
        subscriptions -= 1;
        off();
      };
    },
  };
  bridge = await startBridge({ router: stubRouter, events, rendererDir, ...extra });
  return bridge;
}

afterEach(async () => {
  await bridge.close();
});

describe('startBridge', () => {
  it('listens on 127.0.0.1 with an ephemeral port and a 32-byte base64url token in the URL hash', async () => {
    const b = await start();
    expect(b.port).toBeGreaterThan(0);
    expect(b.origin).toBe(`http://127.0.0.1:${b.port}`);
    expect(b.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.url).toBe(`http://127.0.0.1:${b.port}/#token=${b.token}`);
  });

  it('serves index.html and assets without a token, with the security headers', async () => {
    const b = await start();
    const index = await request(b.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>OrgDesk</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // The same strict policy Electron sends: nothing inline, nothing remote, no framing.
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['cache-control']).toBe('no-store');
    const asset = await request(b.port, { path: '/assets/app-1234.js?v=1' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body).toBe('console.log("hi")');
    expect((await request(b.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal and dot-files in every spelling', async () => {
    const b = await start();
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..\\secret.txt',
      '/.env',
      '/assets/%00.js',
      '/%E0%A4%A',
    ];
    for (const p of attempts) {
      const res = await request(b.port, { path: p });
      expect([400, 403, 404], p).toContain(res.status);
      expect(res.body, p).not.toContain('TOP-SECRET');
      expect(res.body, p).not.toContain('HIDDEN');
    }
  });

  it('requires the bearer token for /rpc and /events', async () => {
    const b = await start();
    const missing = await rpc(b.port, null, 'echo.input', {});
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'PermissionDenied' } });
    expect((await rpc(b.port, `${b.token}x`, 'echo.input', {})).status).toBe(401);
    expect((await rpc(b.port, b.token.slice(0, -1), 'echo.input', {})).status).toBe(401);
    expect((await rpc(b.port, 'short', 'echo.input', {})).status).toBe(401);
    expect((await request(b.port, { path: '/events' })).status).toBe(401);
    expect((await request(b.port, { path: '/events', headers: { Authorization: 'Bearer nope' } })).status).toBe(401);
    const ok = await rpc(b.port, b.token, 'echo.input', { a: 1 });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { echoed: { a: 1 } } });
  });

  it('a token chosen by the caller is used as is', async () => {
    const b = await start();
    await b.close();
    bridge = await startBridge({ router: stubRouter, events, rendererDir, token: 'fixed-token-for-test' });
    expect(bridge.token).toBe('fixed-token-for-test');
    expect((await rpc(bridge.port, 'fixed-token-for-test', 'echo.input', {})).status).toBe(200);
  });

  it('refuses foreign Host and Origin headers with 403, even with the right token', async () => {
    const b = await start();
    const bad: Array<Record<string, string>> = [
      { Host: `evil.example:${b.port}` },
      { Host: `127.0.0.1:${b.port + 1}` },
      { Host: '127.0.0.1' },
      { Origin: 'http://evil.example' },
      { Origin: `https://127.0.0.1:${b.port}` },
      { Origin: `http://127.0.0.1:${b.port}.evil.example` },
      { Origin: 'null' },
    ];
    for (const headers of bad) {
      const res = await rpc(b.port, b.token, 'echo.input', {}, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await request(b.port, { path: '/', headers })).status, JSON.stringify(headers)).toBe(403);
    }
    const fromLocalhost = await rpc(b.port, b.token, 'echo.input', {}, { Host: `localhost:${b.port}`, Origin: `http://localhost:${b.port}` });
    expect(fromLocalhost.status).toBe(200);
    const sameOrigin = await rpc(b.port, b.token, 'echo.input', {}, { Origin: b.origin });
    expect(sameOrigin.status).toBe(200);
  });

  it('passes unknown methods to the router (200 UnknownMethod) and 404s unknown routes', async () => {
    const b = await start();
    const res = await rpc(b.port, b.token, 'nope.nothing', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UnknownMethod' } });
    expect((await request(b.port, { path: '/api/whatever' })).status).toBe(404);
  });

  it('checks content type, JSON syntax, method and body size', async () => {
    const b = await start();
    const auth = { Authorization: `Bearer ${b.token}` };
    const text = await request(b.port, { method: 'POST', path: '/rpc/echo.input', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const broken = await request(b.port, { method: 'POST', path: '/rpc/echo.input', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    const get = await request(b.port, { method: 'GET', path: '/rpc/echo.input', headers: auth });
    expect(get.status).toBe(405);
    const charset = await request(b.port, {
      method: 'POST',
      path: '/rpc/echo.input',
      headers: { ...auth, 'Content-Type': 'application/json; charset=utf-8' },
      body: '',
    });
    expect(JSON.parse(charset.body)).toEqual({ ok: true, value: { echoed: {} } });
    const huge = await request(b.port, {
      method: 'POST',
      path: '/rpc/echo.input',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ blob: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });

  it('streams events as SSE, sends heartbeats, and unsubscribes when the client leaves', async () => {
    const b = await start({ heartbeatMs: 50 });
    const stream = await openEvents(b.port, b.token);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(subscriptions).toBe(1);
    events.emit('outbox.changed', { pending: 2, failed: 0, conflict: 0 });
    await stream.waitFor('event: outbox.changed\ndata: {"pending":2,"failed":0,"conflict":0}\n\n');
    await stream.waitFor(': heartbeat\n\n');
    stream.close();
    await expect.poll(() => subscriptions).toBe(0);
  });

  it('close() ends open event streams and stops listening', async () => {
    const b = await start();
    const stream = await openEvents(b.port, b.token);
    expect(subscriptions).toBe(1);
    await b.close();
    expect(subscriptions).toBe(0);
    await expect(request(b.port, { path: '/' })).rejects.toThrow();
    bridge = await start();
    stream.close();
  });
});
