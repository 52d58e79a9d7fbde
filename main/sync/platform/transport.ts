// One HTTP attempt: POST JSON with the Bearer token through Node's built-in fetch (undici),
// bounded by AbortSignal.timeout. Owns the mapping of fetch failures to NetworkError with
// `reachedServer`; it never retries, and never lets a fetch error (which may quote the
// Authorization header) escape: only error codes are kept.
import { CLIENT_ERROR_TYPES, PlatformError } from './errors';
import type { HttpReply } from './replies';

export interface PostJsonRequest {
  url: string;
  route: string;
  token: string;
  body: unknown;
  timeoutMs: number;
  /** host[:port] for messages; never the full URL, which could hold credentials. */
  host: string;
}

/** Visible ASCII only: anything else would make fetch throw a message quoting the header. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

export function checkToken(token: string, route: string): void {
  if (HEADER_SAFE_TOKEN.test(token)) return;
  throw new PlatformError({
    type: CLIENT_ERROR_TYPES.client,
    status: 0,
    route,
    code: 'BAD_TOKEN',
    transient: false,
    reachedServer: false,
    message:
      token.length === 0
        ? 'No platform token is set'
        : 'The platform token contains spaces, line breaks or non-ASCII characters and cannot be sent; paste it again',
  });
}

export async function postJson(req: PostJsonRequest): Promise<HttpReply> {
  checkToken(req.token, req.route);
  // Outside the try: a body that cannot be serialised is a bug here, not a network failure.
  const body = JSON.stringify(req.body ?? {});
  try {
    const res = await fetch(req.url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${req.token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body,
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: 'error',
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text };
  } catch (e) {
    throw networkError(e, req);
  }
}

/** Failures where the request surely never left this machine or never reached a server. */
const NEVER_ARRIVED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const DESCRIBE_CODE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EAI_FAIL: 'DNS lookup failed',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connect timed out',
  UND_ERR_SOCKET: 'connection closed before a reply',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
};

export function networkError(e: unknown, req: Pick<PostJsonRequest, 'route' | 'host' | 'timeoutMs'>): PlatformError {
  if (e instanceof PlatformError) return e;
  if (isNamed(e, 'TimeoutError')) {
    return new PlatformError({
      type: CLIENT_ERROR_TYPES.network,
      status: 0,
      route: req.route,
      code: 'TIMEOUT',
      reachedServer: true,
      message: `No reply from the platform at ${req.host} to ${req.route} within ${formatSeconds(req.timeoutMs)}`,
    });
  }
  const codes = causeCodes(e);
  const reachedServer = !(codes.length > 0 && codes.every((c) => NEVER_ARRIVED.has(c)));
  const code = codes[0] ?? 'UNKNOWN';
  const what = DESCRIBE_CODE[code] ?? (codes.length > 0 ? code : 'network failure');
  return new PlatformError({
    type: CLIENT_ERROR_TYPES.network,
    status: 0,
    route: req.route,
    code,
    reachedServer,
    message: `Could not reach the platform at ${req.host} for ${req.route} (${what})`,
  });
}

/** Error codes along fetch's cause chain (TypeError -> SocketError / AggregateError -> errors). */
function causeCodes(e: unknown, depth = 0): string[] {
  if (depth > 4 || e === null || typeof e !== 'object') return [];
  const out: string[] = [];
  if ('code' in e && typeof e.code === 'string') out.push(e.code);
  if ('errors' in e && Array.isArray(e.errors)) for (const inner of e.errors) out.push(...causeCodes(inner, depth + 1));
  if ('cause' in e) out.push(...causeCodes(e.cause, depth + 1));
  return [...new Set(out)];
}

function isNamed(e: unknown, name: string): boolean {
  return e !== null && typeof e === 'object' && 'name' in e && e.name === name;
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
