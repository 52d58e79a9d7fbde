// Turns one HTTP reply into parsed JSON or a PlatformError. Owns the reading of platform error
// bodies, including gateway HTML pages, empty and plain-text bodies (platform-api.md §1).
// It never retries and never sees the token except to scrub it from what it copies.
import { CLIENT_ERROR_TYPES, PlatformError, redactDeep, redactSecret } from './errors';

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
}

export interface ReplyContext {
  route: string;
  /** Scrubbed from everything copied out of the reply. */
  secret: string;
  /** For Retry-After given as an HTTP date. */
  nowMs: number;
}

const SNIPPET_CHARS = 160;

/** Retry-After as delta-seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function interpretReply(reply: HttpReply, ctx: ReplyContext): unknown {
  const rawRequestId = reply.headers.get('x-request-id');
  const requestId = rawRequestId === null ? undefined : redactSecret(rawRequestId, ctx.secret);
  const parsed = parseJson(reply.text);
  if (reply.status >= 200 && reply.status < 300) {
    if (parsed.ok) return parsed.value;
    throw new PlatformError({
      type: CLIENT_ERROR_TYPES.invalidResponse,
      status: reply.status,
      route: ctx.route,
      message: redactSecret(`The platform answered ${ctx.route} with something that is not JSON (${describeBody(reply)})`, ctx.secret),
      code: 'NON_JSON_REPLY',
      transient: true,
      ...(requestId !== undefined ? { requestId } : {}),
    });
  }
  throw errorFromReply(reply, parsed, requestId, ctx);
}

function errorFromReply(
  reply: HttpReply,
  parsed: ParsedBody,
  requestId: string | undefined,
  ctx: ReplyContext,
): PlatformError {
  const retryAfterMs =
    reply.status === 429 || reply.status === 503 ? parseRetryAfter(reply.headers.get('retry-after'), ctx.nowMs) : undefined;
  const common = {
    status: reply.status,
    route: ctx.route,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
  const body = parsed.ok ? platformErrorBody(parsed.value) : null;
  if (body !== null) {
    return new PlatformError({
      ...common,
      type: redactSecret(body.type, ctx.secret),
      message: redactSecret(body.message || `${body.type} (HTTP ${reply.status})`, ctx.secret),
      ...(body.details !== undefined ? { details: redactDeep(body.details, ctx.secret) } : {}),
    });
  }
  return new PlatformError({
    ...common,
    type: CLIENT_ERROR_TYPES.http,
    message: redactSecret(`HTTP ${reply.status} from the platform (${describeBody(reply)}) on ${ctx.route}`, ctx.secret),
    code: parsed.ok ? 'NO_ERROR_OBJECT' : 'NON_JSON_REPLY',
  });
}

interface ErrorBody {
  type: string;
  message: string;
  details?: unknown;
}

/** `{"error": {"type", "message", "details?"}}`; anything else is not a platform error body. */
function platformErrorBody(value: unknown): ErrorBody | null {
  if (!isRecord(value) || !isRecord(value.error)) return null;
  const { type, message, details } = value.error;
  if (typeof type !== 'string' || type.length === 0) return null;
  return { type, message: typeof message === 'string' ? message : '', ...(details !== undefined ? { details } : {}) };
}

function describeBody(reply: HttpReply): string {
  const text = reply.text.trim();
  if (text.length === 0) return 'empty body';
  const contentType = reply.headers.get('content-type') ?? '';
  if (/html/i.test(contentType) || /^<(!doctype|html|head|body)/i.test(text)) return 'HTML error page';
  if (parseJson(text).ok) return 'JSON without an error object';
  const oneLine = text.replace(/\s+/g, ' ');
  return `non-JSON body: ${oneLine.length > SNIPPET_CHARS ? `${oneLine.slice(0, SNIPPET_CHARS)}…` : oneLine}`;
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): ParsedBody {
  if (text.trim().length === 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
