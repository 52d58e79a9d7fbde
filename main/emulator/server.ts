// startEmulator: the sandbox platform as an HTTP server on 127.0.0.1 (interfaces.md). One
// request = one POST: faults first (latency, periodic 429, random 503), then content type,
// JSON body, route and Bearer token, then the handler; a dropped call is handled and its reply
// discarded. Never listens beyond loopback and never logs tokens or bodies.
import { randomInt } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomObjectSuffix } from '../../shared/domain/index';
import type { Seed } from '../seed/seedSchema';
import type { PlatformActor } from './actor';
import { createActor } from './actor';
import type { CallContext, NonceRecord } from './context';
import { EmulatorError } from './errors';
import type { FaultSpec } from './faults';
import { NO_FAULTS, dropAfterCall, faultBeforeCall } from './faults';
import type { Reply } from './http';
import { bearerToken, errorReply, jsonReply, parseJsonBody, readBody, send } from './http';
import { Pager } from './pagination';
import { resolveRoute } from './routes';
import type { EmulatorState } from './state';
import { snapshot, storeFromSeed } from './state';

export interface EmulatorStats {
  calls: number;
  byRoute: Record<string, number>;
  faultsInjected: number;
}

export interface EmulatorHandle {
  url: string;
  port: number;
  close(): Promise<void>;
  state(): EmulatorState;
  stats(): EmulatorStats;
  setFaults(f: Partial<FaultSpec>): void;
  act(userId: string): PlatformActor;
}

export interface EmulatorOptions {
  seed: Seed;
  port?: number;
  faults?: Partial<FaultSpec>;
  /** Largest page a find* route returns, whatever `limit` asks (default 1000). */
  pageLimit?: number;
  /** Drives the 503 and drop faults; IDs use their own randomness so tests can pin this one. */
  random?: () => number;
}

const idRandom = (): number => randomInt(0, 2 ** 30) / 2 ** 30;

export async function startEmulator(opts: EmulatorOptions): Promise<EmulatorHandle> {
  const store = storeFromSeed(opts.seed, Date.now());
  const pager = new Pager(opts.pageLimit ?? 1000);
  const nonces = new Map<string, NonceRecord>();
  const random = opts.random ?? Math.random;
  let faults: FaultSpec = { ...NO_FAULTS, ...opts.faults };
  const stats: EmulatorStats = { calls: 0, byRoute: {}, faultsInjected: 0 };
  let requestCounter = 0;

  const contextFor = (caller: string): CallContext => ({
    store,
    caller,
    pager,
    nonces,
    now: () => Date.now(),
    newObjectSuffix: () => randomObjectSuffix(idRandom),
  });

  function execute(req: IncomingMessage, path: string, text: string, tooLarge: boolean): Reply {
    try {
      if (req.method !== 'POST') throw new EmulatorError('ResourceNotFound', `The platform serves POST only (got ${req.method ?? '?'} ${path})`);
      const route = resolveRoute(path);
      const body = parseJsonBody(req.headers['content-type'], text, tooLarge);
      const token = bearerToken(req.headers.authorization);
      const caller = token === null ? undefined : store.tokens.get(token);
      if (caller === undefined) {
        throw new EmulatorError('InvalidAuthentication', token === null ? 'Missing Authorization: Bearer token' : 'The token is not valid (unknown, expired or revoked)');
      }
      return jsonReply(200, route.run(contextFor(caller), body));
    } catch (err) {
      if (err instanceof EmulatorError) return errorReply(err, faults.htmlErrors);
      // A bug in the emulator itself: say so on stderr (stack only, never the request), answer 500.
      process.stderr.write(`orgdesk emulator: internal error on ${path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      return errorReply(new EmulatorError('InternalError', 'The sandbox platform failed to handle the request'), faults.htmlErrors);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { text, tooLarge } = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    stats.calls += 1;
    stats.byRoute[path] = (stats.byRoute[path] ?? 0) + 1;
    const callNumber = stats.calls;
    const requestId = `emu-${++requestCounter}`;
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const verdict = faultBeforeCall(faults, callNumber, random);
    if (verdict !== 'none') {
      stats.faultsInjected += 1;
      const err =
        verdict === 'rate-limit'
          ? new EmulatorError('RateLimitConditional', 'Too many requests; retry after the Retry-After delay')
          : new EmulatorError('ServiceUnavailable', 'The service is temporarily unavailable');
      send(res, errorReply(err, faults.htmlErrors, verdict === 'rate-limit' ? { 'Retry-After': '1' } : {}), requestId);
      return;
    }
    const reply = execute(req, path, text, tooLarge);
    if (dropAfterCall(faults, random)) {
      stats.faultsInjected += 1;
      req.socket.destroy();
      return;
    }
    send(res, reply, requestId);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, errorReply(new EmulatorError('InternalError', 'The sandbox platform failed'), false), 'emu-error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  /** close() may be called again (a test and its cleanup); the second call waits for the first. */
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
    state: () => snapshot(store),
    stats: () => structuredClone(stats),
    setFaults(f) {
      faults = { ...faults, ...f };
    },
    act(userId) {
      if (!store.users.has(userId)) throw new Error(`act(): ${userId} is not a user of this emulator`);
      return createActor(contextFor(userId));
    },
  };
}
