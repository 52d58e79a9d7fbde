// The retry loop around one platform call: attempt, ask retryPolicy, sleep (injectable), repeat.
// Owns attempt counting and the guarantee that whatever escapes is a scrubbed PlatformError;
// the policy itself lives in retryPolicy.ts and the HTTP in transport.ts.
import { CLIENT_ERROR_TYPES, PlatformError, redactSecret } from './errors';
import { interpretReply } from './replies';
import { decideRetry, type RetryConfig, type RetryState } from './retryPolicy';
import { postJson } from './transport';

export interface RetryEvent {
  route: string;
  attempt: number;
  delayMs: number;
  counted: boolean;
  error: PlatformError;
}

export interface CallerConfig {
  baseUrl: string;
  host: string;
  token: string;
  timeoutMs: number;
  retry: RetryConfig;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onCall?: (route: string) => void;
  onRetry?: (event: RetryEvent) => void;
}

export type Caller = (route: string, body: object, safe: boolean) => Promise<unknown>;

export function createCaller(config: CallerConfig): Caller {
  return async (route, body, safe) => {
    const state: RetryState = { attempt: 0, countedRetries: 0, retryAfterRetries: 0 };
    for (;;) {
      state.attempt += 1;
      try {
        config.onCall?.(route);
        const reply = await postJson({
          url: config.baseUrl + route,
          route,
          token: config.token,
          body,
          timeoutMs: config.timeoutMs,
          host: config.host,
        });
        return interpretReply(reply, { route, secret: config.token, nowMs: config.now() });
      } catch (e) {
        const error = scrubbed(e, route, config.token);
        const decision = decideRetry(error, state, safe, config.retry);
        if (!decision.retry) {
          error.attempts = state.attempt;
          throw error;
        }
        if (decision.counted) state.countedRetries += 1;
        else state.retryAfterRetries += 1;
        config.onRetry?.({ route, attempt: state.attempt, delayMs: decision.delayMs, counted: decision.counted, error });
        await config.sleep(decision.delayMs);
      }
    }
  };
}

/** Anything unexpected (a bug, a hook that threw) still leaves as a PlatformError without the token. */
function scrubbed(e: unknown, route: string, token: string): PlatformError {
  if (e instanceof PlatformError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new PlatformError({
    type: CLIENT_ERROR_TYPES.client,
    status: 0,
    route,
    code: 'UNEXPECTED',
    transient: false,
    reachedServer: true,
    message: redactSecret(`Unexpected failure calling ${route}: ${message}`, token),
  });
}
