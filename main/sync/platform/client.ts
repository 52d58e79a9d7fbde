// createPlatformClient: wires options, the retry loop, the typed core and the route helpers.
// Owns defaults (timeouts, budgets, real sleep/clock/random) and the base URL check; it holds
// the token only to hand it to the transport, never in anything it logs or throws.
import { setTimeout as delay } from 'node:timers/promises';
import { createAppApi, type AppApi } from './appApi';
import { createCaller, type RetryEvent } from './caller';
import { createCore, type CallOptions } from './core';
import { CLIENT_ERROR_TYPES, PlatformError } from './errors';
import { createOrgApi, type OrgApi } from './orgApi';
import { createProjectApi, type ProjectApi } from './projectApi';
import { DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER_RETRIES } from './retryPolicy';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface PlatformClientOptions {
  /** e.g. https://api.dnanexus.com or the emulator's http://127.0.0.1:PORT */
  baseUrl: string;
  token: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Counted retries; Retry-After waits are not counted (platform-api.md §1). */
  maxRetries?: number;
  maxRetryAfterRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Every HTTP attempt, retries included (for call counts and the benchmark). */
  onCall?: (route: string) => void;
  onRetry?: (event: RetryEvent) => void;
}

export interface PlatformClient extends OrgApi, ProjectApi, AppApi {
  /** Low level: the reply's JSON, unvalidated. `safe` decides retries after no reply. */
  call<T>(route: string, body: object, opts?: CallOptions): Promise<T>;
  /** Every result of a find* route, following `next` to the end. */
  paginate<T>(route: string, body: object): AsyncIterable<T>;
}

export function createPlatformClient(opts: PlatformClientOptions): PlatformClient {
  const base = parseBaseUrl(opts.baseUrl);
  const caller = createCaller({
    baseUrl: base.url,
    host: base.host,
    token: opts.token,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      maxRetries: opts.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxRetryAfterRetries: opts.maxRetryAfterRetries ?? DEFAULT_MAX_RETRY_AFTER_RETRIES,
      random: opts.random ?? Math.random,
    },
    sleep: opts.sleep ?? ((ms) => delay(ms)),
    now: opts.now ?? Date.now,
    ...(opts.onCall ? { onCall: opts.onCall } : {}),
    ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
  });
  const core = createCore(caller, opts.token);
  return {
    call: core.call,
    paginate: core.paginate,
    ...createOrgApi(core),
    ...createProjectApi(core),
    ...createAppApi(core),
  };
}

function parseBaseUrl(raw: string): { url: string; host: string } {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new PlatformError({
      type: CLIENT_ERROR_TYPES.client,
      status: 0,
      route: '',
      code: 'BAD_URL',
      transient: false,
      reachedServer: false,
      message: 'The platform URL must be an http:// or https:// address without credentials, e.g. https://api.dnanexus.com',
    });
  }
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, host: url.host };
}
