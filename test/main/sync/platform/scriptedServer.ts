// A tiny scripted platform for client tests: node:http on 127.0.0.1, ephemeral port, one
// scripted reply per call, every request recorded. Test support only, not a platform model
// (main/emulator is that).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  route: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  body: Record<string, unknown>;
}

export type Reply = (res: http.ServerResponse, call: RecordedCall) => void;

export interface ScriptedServer {
  url: string;
  port: number;
  calls: RecordedCall[];
  close(): Promise<void>;
}

/** Replies in order, or computed per call; calls beyond a list get a loud 599. */
export async function startScriptedServer(
  script: Reply[] | ((call: RecordedCall, index: number) => Reply),
  port = 0,
): Promise<ScriptedServer> {
  const calls: RecordedCall[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const call: RecordedCall = { route: req.url ?? '', headers: req.headers, rawBody: raw, body: parseBody(raw) };
      const index = calls.length;
      calls.push(call);
      const reply = Array.isArray(script) ? script[index] : script(call, index);
      (reply ?? json(599, { error: { type: 'ScriptExhausted', message: `no reply scripted for call ${index + 1}` } }))(res, call);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseBody(raw: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'x-request-id': `req-${status}`, ...headers });
    res.end(JSON.stringify(body));
  };
}

export function platformError(status: number, type: string, message: string, headers: Record<string, string> = {}, details?: unknown): Reply {
  return json(status, { error: { type, message, ...(details !== undefined ? { details } : {}) } }, headers);
}

export function html(status: number): Reply {
  return (res) => {
    res.writeHead(status, { 'Content-Type': 'text/html' });
    res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>');
  };
}

export function text(status: number, body: string, contentType = 'text/plain'): Reply {
  return (res) => {
    res.writeHead(status, { 'Content-Type': contentType });
    res.end(body);
  };
}

export function empty(status: number): Reply {
  return (res) => {
    res.writeHead(status);
    res.end();
  };
}

/** Destroys the socket after the request arrived: the client gets no reply at all. */
export function drop(): Reply {
  return (res) => res.socket?.destroy();
}

/** Never answers (the client's timeout must fire). */
export function hang(): Reply {
  return () => undefined;
}
