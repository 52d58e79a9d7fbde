// Transport over the loopback HTTP bridge: POST /rpc/:method with the bearer token, and one
// fetch-streamed GET /events shared by every listener, reconnecting with backoff. Failures of
// the wire become Result values so callers handle them like any other error.
import type { Result, RpcError, Transport } from '../../shared/rpc/index';
import { ResultEnvelopeSchema } from '../../shared/rpc/index';
import { createSseParser } from './sseParser';

export interface HttpTransportOptions {
  token: string | null;
  /** Same origin by default; tests may point elsewhere. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Reconnect delays grow from minDelay to maxDelay (ms). */
  minDelay?: number;
  maxDelay?: number;
  /** Called with every new connection after the first, so views can catch up on missed events. */
  onReconnect?: () => void;
}

type Listener = (payload: unknown) => void;

function failure(code: RpcError['code'], message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

export function createHttpTransport(opts: HttpTransportOptions): Transport & { close(): void } {
  const base = opts.baseUrl ?? '';
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const headers = (): Record<string, string> => (opts.token ? { Authorization: `Bearer ${opts.token}` } : {});
  const listeners = new Map<string, Set<Listener>>();
  let stream: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let connections = 0;
  let closed = false;

  const emit = (event: string, raw: string): void => {
    const set = listeners.get(event);
    if (!set || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      return;
    }
    for (const l of [...set]) l(payload);
  };

  const hasListeners = (): boolean => [...listeners.values()].some((s) => s.size > 0);

  const connect = (attempt: number): void => {
    if (closed || stream || !hasListeners()) return;
    const controller = new AbortController();
    stream = controller;
    const scheduleRetry = (): void => {
      if (stream === controller) stream = null;
      if (closed || controller.signal.aborted || !hasListeners()) return;
      const min = opts.minDelay ?? 500;
      const max = opts.maxDelay ?? 15_000;
      const delay = Math.min(max, min * 2 ** Math.min(attempt, 10));
      retryTimer = setTimeout(() => {
        retryTimer = null;
        connect(attempt + 1);
      }, delay);
    };
    void (async () => {
      try {
        const res = await doFetch(`${base}/events`, { headers: { ...headers(), Accept: 'text/event-stream' }, signal: controller.signal, cache: 'no-store' });
        if (!res.ok || !res.body) return scheduleRetry();
        connections++;
        if (connections > 1) opts.onReconnect?.();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = createSseParser((m) => emit(m.event, m.data));
        let receivedAny = false;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (!receivedAny) {
            receivedAny = true;
            attempt = 0;
          }
          parser.push(value);
        }
        scheduleRetry();
      } catch {
        scheduleRetry();
      }
    })();
  };

  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await doFetch(`${base}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...headers(), 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch (err) {
        return failure('Unavailable', `OrgDesk is not reachable (${err instanceof Error ? err.message : String(err)}). Is \`orgdesk serve\` still running?`);
      }
      if (res.status === 401) {
        return failure('PermissionDenied', 'The session token was refused. Open the URL that `orgdesk serve` printed (it carries #token=…).');
      }
      if (res.status === 413) {
        // Base64 makes a file a third bigger, so about 7 MB of CSV fills the bridge's 10 MB.
        return failure('InvalidInput', 'it is larger than the browser bridge accepts (about 7 MB of CSV). Import it with `orgdesk import FILE` or in the desktop app');
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return failure('Internal', `Unexpected reply from OrgDesk (HTTP ${res.status}, not JSON)`);
      }
      const parsed = ResultEnvelopeSchema.safeParse(body);
      if (!parsed.success) return failure('Internal', `Unexpected reply from OrgDesk (HTTP ${res.status})`);
      return parsed.data.ok ? { ok: true, value: parsed.data.value } : { ok: false, error: parsed.data.error };
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      connect(0);
      return () => {
        set.delete(listener);
        if (!hasListeners()) {
          stream?.abort();
          stream = null;
          if (retryTimer) clearTimeout(retryTimer);
          retryTimer = null;
        }
      };
    },
    close() {
      closed = true;
      stream?.abort();
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}
