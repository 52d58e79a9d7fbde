// The retry policy of platform-api.md §1 (dxpy's behaviour), as a pure function: given the
// failed attempt's error, the counts so far and the route's safety, retry or not, and after
// how long. It never sleeps, sends or reads clocks; randomness is injected so tests are exact.
import { CLIENT_ERROR_TYPES, type PlatformError } from './errors';

export interface RetryConfig {
  /** Counted retries (dxpy's budget, 6 by default). */
  maxRetries: number;
  /**
   * Retries that follow a Retry-After. dxpy does not count them against the budget and has no
   * limit of its own; this guard keeps a server that always asks to wait from hanging a sync.
   */
  maxRetryAfterRetries: number;
  random: () => number;
}

export const DEFAULT_MAX_RETRIES = 6;
export const DEFAULT_MAX_RETRY_AFTER_RETRIES = 20;

export interface RetryState {
  /** Attempts made so far, including the one that just failed (1 after the first failure). */
  attempt: number;
  countedRetries: number;
  retryAfterRetries: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number; counted: boolean }
  | { retry: false; reason: string };

const RETRY_AFTER_GROWTH = 0.25;
const RETRY_AFTER_GROWTH_CAP = 20;
const RETRY_AFTER_USED_AS_IS_MS = 60_000;
const BACKOFF_EXPONENT_CAP = 8;

/** Retry-After plus 25 % of it per earlier attempt (at most 20); 60 s or more is used as is. */
export function retryAfterDelayMs(retryAfterMs: number, attempt: number): number {
  if (retryAfterMs >= RETRY_AFTER_USED_AS_IS_MS) return retryAfterMs;
  const earlier = Math.min(Math.max(attempt - 1, 0), RETRY_AFTER_GROWTH_CAP);
  return Math.round(retryAfterMs * (1 + RETRY_AFTER_GROWTH * earlier));
}

/** Random between 2^(n-2) and 2^(n-1) seconds, n = attempts so far capped at 8. */
export function backoffDelayMs(attempt: number, random: () => number): number {
  const n = Math.min(Math.max(attempt, 1), BACKOFF_EXPONENT_CAP);
  const low = 2 ** (n - 2) * 1000;
  const high = 2 ** (n - 1) * 1000;
  return Math.round(low + random() * (high - low));
}

export function decideRetry(error: PlatformError, state: RetryState, safe: boolean, config: RetryConfig): RetryDecision {
  const counted = (why: string): RetryDecision =>
    state.countedRetries < config.maxRetries
      ? { retry: true, delayMs: backoffDelayMs(state.attempt, config.random), counted: true }
      : { retry: false, reason: `retry budget of ${config.maxRetries} spent (${why})` };

  if (error.type === CLIENT_ERROR_TYPES.network) {
    if (error.reachedServer && !safe) {
      return { retry: false, reason: 'no reply, the request may have been applied, and the route is not safe to repeat' };
    }
    return counted('no reply');
  }
  if (error.status === 429 || error.status === 503) {
    if (error.retryAfterMs !== undefined) {
      return state.retryAfterRetries < config.maxRetryAfterRetries
        ? { retry: true, delayMs: retryAfterDelayMs(error.retryAfterMs, state.attempt), counted: false }
        : { retry: false, reason: `asked to wait ${config.maxRetryAfterRetries} times` };
    }
    return counted(`HTTP ${error.status}`);
  }
  if (error.status >= 500 && error.status < 600) return counted(`HTTP ${error.status}`);
  // A success status with a garbled body: dxpy repeats only where repeating is harmless.
  if (error.type === CLIENT_ERROR_TYPES.invalidResponse && error.code === 'NON_JSON_REPLY' && safe) {
    return counted('unreadable reply');
  }
  return { retry: false, reason: error.status === 0 ? 'refused before sending' : `HTTP ${error.status} is not retried` };
}
