// The one error type the platform client throws: platform error bodies, non-JSON replies,
// network failures and local refusals all become a PlatformError with a stable `type`.
// Owns classification (transient or not) and secret scrubbing; it never decides retries
// (retryPolicy.ts does) and never keeps raw causes, which could carry request headers.

/** error.type names of platform-api.md §1 and the status each usually comes with. */
export const KNOWN_ERROR_TYPES = {
  MalformedJSON: 400,
  InvalidAuthentication: 401,
  PermissionDenied: 401,
  SpendingLimitExceeded: 403,
  OrgExpired: 403,
  ResourceNotFound: 404,
  InvalidInput: 422,
  InvalidState: 422,
  InvalidType: 422,
  RateLimitConditional: 429,
  InternalError: 500,
  ServiceUnavailable: 503,
} as const;
export type KnownErrorType = keyof typeof KNOWN_ERROR_TYPES;

/** Types the client itself produces when there is no platform error object to go by. */
export const CLIENT_ERROR_TYPES = {
  /** No reply: refused, dropped, timed out, DNS failure. `reachedServer` says which. */
  network: 'NetworkError',
  /** An error status whose body is not a platform error object (HTML page, empty, text). */
  http: 'HttpError',
  /** A success status whose body is not the JSON we expect. */
  invalidResponse: 'InvalidResponse',
  /** Refused before sending: bad token characters, bad URL, bad ID. */
  client: 'ClientError',
} as const;

export function isKnownErrorType(type: string): type is KnownErrorType {
  return Object.hasOwn(KNOWN_ERROR_TYPES, type);
}

export interface PlatformErrorInit {
  type: string;
  /** HTTP status; 0 when there was no reply. */
  status: number;
  message: string;
  route: string;
  requestId?: string;
  details?: unknown;
  /** Defaults from status/type: 5xx, 429 and network errors are transient. */
  transient?: boolean;
  /** Only meaningful for NetworkError: could the request have reached the platform? */
  reachedServer?: boolean;
  /** Low-level cause ('ECONNREFUSED', 'TIMEOUT', 'NON_JSON_REPLY', ...); never a message. */
  code?: string;
  /** Parsed Retry-After of a 429/503, in ms. */
  retryAfterMs?: number;
}

export class PlatformError extends Error {
  readonly type: string;
  readonly status: number;
  readonly route: string;
  readonly requestId?: string;
  readonly details?: unknown;
  readonly transient: boolean;
  readonly reachedServer: boolean;
  readonly code?: string;
  readonly retryAfterMs?: number;
  /** How many HTTP attempts were made before this error was given up on. */
  attempts = 1;

  constructor(init: PlatformErrorInit) {
    super(init.message);
    this.name = 'PlatformError';
    this.type = init.type;
    this.status = init.status;
    this.route = init.route;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.details !== undefined) this.details = init.details;
    if (init.code !== undefined) this.code = init.code;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    this.transient = init.transient ?? isTransient(init.type, init.status);
    // A reply means the server saw the request; without one, assume it may have.
    this.reachedServer = init.reachedServer ?? true;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      type: this.type,
      status: this.status,
      message: this.message,
      route: this.route,
      requestId: this.requestId,
      details: this.details,
      transient: this.transient,
      reachedServer: this.reachedServer,
      code: this.code,
      attempts: this.attempts,
    };
  }
}

export function isPlatformError(e: unknown): e is PlatformError {
  return e instanceof PlatformError;
}

/** Worth trying again later without changing the request. */
export function isTransient(type: string, status: number): boolean {
  if (type === CLIENT_ERROR_TYPES.network) return true;
  if (type === 'ServiceUnavailable' || type === 'InternalError' || type === 'RateLimitConditional') return true;
  return status === 429 || status >= 500;
}

const REDACTED = '[redacted]';

/** Removes every occurrence of the secret; servers and libraries sometimes echo headers back. */
export function redactSecret(text: string, secret: string): string {
  return secret.length > 0 ? text.split(secret).join(REDACTED) : text;
}

export function redactDeep(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return redactSecret(value, secret);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secret));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redactSecret(k, secret)] = redactDeep(v, secret);
    return out;
  }
  return value;
}
