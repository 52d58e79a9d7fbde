// HTTP transport against a fake fetch: RPC envelopes, wire failures as Results, event streaming and reconnect.
import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../../renderer/api/httpTransport';

type FetchArgs = [input: string | URL | Request, init?: RequestInit];

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An /events response whose body the test writes to and closes. */
function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const enc = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    write: (s: string) => controller.enqueue(enc.encode(s)),
    end: () => controller.close(),
  };
}

describe('HTTP transport', () => {
  it('POSTs the input to /rpc/:method with the bearer token and returns the envelope', async () => {
    const calls: FetchArgs[] = [];
    const fetch = vi.fn(async (...args: FetchArgs) => {
      calls.push(args);
      return jsonResponse({ ok: true, value: { orgs: [] } });
    });
    const t = createHttpTransport({ token: 'tok', fetch });
    await expect(t.call('orgs.list', {})).resolves.toEqual({ ok: true, value: { orgs: [] } });
    const [url, init] = calls[0] ?? [];
    expect(url).toBe('/rpc/orgs.list');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' });
    expect(init?.body).toBe('{}');
  });

  it('passes service errors through unchanged', async () => {
    const error = { code: 'PermissionDenied', message: 'Only ADMINs of org-lab can change members' };
    const t = createHttpTransport({ token: 'tok', fetch: async () => jsonResponse({ ok: false, error }) });
    await expect(t.call('members.remove', {})).resolves.toEqual({ ok: false, error });
  });

  it('turns wire failures into Result values that say what to do', async () => {
    const refused = createHttpTransport({ token: 'bad', fetch: async () => new Response('no', { status: 401 }) });
    expect(await refused.call('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'PermissionDenied', message: /token was refused/ } });
    const html = createHttpTransport({ token: 't', fetch: async () => new Response('<html>', { status: 502 }) });
    expect(await html.call('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'Internal', message: /HTTP 502/ } });
    const down = createHttpTransport({
      token: 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await down.call('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'Unavailable' } });
  });

  it('streams events to listeners of that name and reconnects when the stream ends', async () => {
    const streams = [eventStream(), eventStream()];
    let opened = 0;
    const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      expect(String(input)).toBe('/events');
      expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok' });
      const s = streams[opened++];
      if (!s) throw new Error('no more streams');
      return s.response;
    });
    const onReconnect = vi.fn();
    const t = createHttpTransport({ token: 'tok', fetch, minDelay: 1, maxDelay: 5, onReconnect });
    const outbox: unknown[] = [];
    const other: unknown[] = [];
    const off = t.on('outbox.changed', (p) => outbox.push(p));
    t.on('workspace.changed', (p) => other.push(p));
    await vi.waitFor(() => expect(opened).toBe(1));
    streams[0]?.write(': heartbeat\n\nevent: outbox.changed\ndata: {"pending":1,"failed":0,"conflict":0}\n\n');
    await vi.waitFor(() => expect(outbox).toEqual([{ pending: 1, failed: 0, conflict: 0 }]));
    expect(other).toEqual([]);
    streams[0]?.end();
    await vi.waitFor(() => expect(opened).toBe(2));
    await vi.waitFor(() => expect(onReconnect).toHaveBeenCalledTimes(1));
    streams[1]?.write('event: outbox.changed\ndata: {"pending":0,"failed":0,"conflict":0}\n\n');
    await vi.waitFor(() => expect(outbox).toHaveLength(2));
    off();
    t.close();
  });
});
