// The loopback HTTP bridge: the renderer and its API for a browser, on 127.0.0.1 only, behind a
// per-run token and Host/Origin checks. Owns routing between the pieces (guard, rpc, events,
// static files); must not contain service logic, and never prints or logs the token.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from '../rpc/router';
import type { EventBus } from '../rpc/eventBus';
import { createToken, isAllowedHost, isAllowedOrigin, isAuthorized } from './requestGuard';
import { applySecurityHeaders, sendJson, sendText } from './securityHeaders';
import { handleRpc } from './rpcHandler';
import { HEARTBEAT_MS, openEventStream } from './eventStream';
import { serveStatic } from './staticFiles';

export interface BridgeHandle {
  /** http://127.0.0.1:PORT/#token=TOKEN — the hash never reaches the server or its logs. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface BridgeOptions {
  router: Router;
  /** Only subscribed to: the bridge forwards events, it never raises them. */
  events: Pick<EventBus, 'subscribe'>;
  rendererDir: string;
  /** 0 or absent = an ephemeral port chosen by the OS. */
  port?: number;
  token?: string;
  /** Tests shorten the SSE heartbeat; the product uses 15 s. */
  heartbeatMs?: number;
}

function denied(message: string): { ok: false; error: { code: 'PermissionDenied'; message: string } } {
  return { ok: false, error: { code: 'PermissionDenied', message } };
}

function rawPathname(url: string | undefined): string {
  // The raw path, not new URL(): URL parsing would resolve `..` before the static guard sees it.
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

export function startBridge(opts: BridgeOptions): Promise<BridgeHandle> {
  const token = opts.token ?? createToken();
  const heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
  const streams = new Set<() => void>();
  let port = 0;

  const server = http.createServer((req, res) => {
    applySecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      sendJson(res, 403, denied('Requests must come from this OrgDesk window (Host/Origin not allowed)'));
      return;
    }
    const pathname = rawPathname(req.url);

    if (pathname.startsWith('/rpc/') || pathname === '/events') {
      if (!isAuthorized(req.headers, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendJson(res, 401, denied('Missing or wrong bridge token; reopen the URL printed by `orgdesk serve`'));
        return;
      }
      if (pathname === '/events') {
        if (req.method !== 'GET') {
          sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
          return;
        }
        const end = openEventStream(req, res, opts.events, heartbeatMs);
        streams.add(end);
        res.on('close', () => streams.delete(end));
        return;
      }
      const method = pathname.slice('/rpc/'.length);
      handleRpc(req, res, opts.router, method).catch((err: unknown) => fail(res, err));
      return;
    }
    serveStatic(req, res, opts.rendererDir, pathname).catch((err: unknown) => fail(res, err));
  });

  function fail(res: http.ServerResponse, err: unknown): void {
    process.stderr.write(`orgdesk bridge: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'Internal', message: 'Internal error in the bridge' } });
    else res.destroy();
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: opts.port ?? 0 }, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/#token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            for (const end of streams) end();
            streams.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
