// Raw HTTP helpers for the bridge tests: node:http (not fetch) so tests can send any Host,
// Origin or undecoded path, exactly as a hostile page or tool could.
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export function request(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers: { Host: `127.0.0.1:${port}`, ...req.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

export function rpc(port: number, token: string | null, method: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return request(port, {
    method: 'POST',
    path: `/rpc/${method}`,
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

export interface EventStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves with everything received so far once `text` has appeared in the stream. */
  waitFor(text: string, timeoutMs?: number): Promise<string>;
  close(): void;
}

export function openEvents(port: number, token: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: '127.0.0.1', port, method: 'GET', path: '/events', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, agent: false },
      (res) => {
        let received = '';
        const waiters: Array<{ text: string; done: (all: string) => void }> = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
          for (const w of [...waiters]) {
            if (received.includes(w.text)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.done(received);
            }
          }
        });
        res.on('error', () => undefined);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          waitFor(text, timeoutMs = 5000) {
            if (received.includes(text)) return Promise.resolve(received);
            return new Promise((done, fail) => {
              const timer = setTimeout(() => fail(new Error(`no "${text}" in event stream; got ${JSON.stringify(received)}`)), timeoutMs);
              waiters.push({
                text,
                done: (all) => {
                  clearTimeout(timer);
                  done(all);
                },
              });
            });
          },
          close() {
            r.destroy();
          },
        });
      },
    );
    r.on('error', reject);
    r.end();
  });
}
