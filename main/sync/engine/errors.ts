// How the engine treats what the platform client throws. Transient trouble (no reply, 5xx,
// 429 after the client's own retries) stops the run and leaves edits pending; a refused token
// stops it too (no edit is to blame); any other platform error is a permanent rejection of
// the edit at hand. Anything that is not a PlatformError is a bug and is never swallowed.
import { isPlatformError } from '../platform/index';
import type { PlatformError } from '../platform/index';

export type ErrorClass = 'transient' | 'auth' | 'permanent';

export function classify(err: unknown): ErrorClass | null {
  if (!isPlatformError(err)) return null;
  if (err.type === 'InvalidAuthentication') return 'auth';
  return err.transient ? 'transient' : 'permanent';
}

/** "PermissionDenied: Only ADMINs of org-lab may change members": what a failed edit shows. */
export function platformMessage(err: PlatformError): string {
  return err.message.startsWith(`${err.type}:`) ? err.message : `${err.type}: ${err.message}`;
}

/** Also a bare 404: gateways answer some errors with an HTML page instead of an error object. */
export function isNotFound(err: unknown): boolean {
  return isPlatformError(err) && (err.type === 'ResourceNotFound' || err.status === 404);
}

/** Thrown inside a run to end it early; the run reports `message` and pulls nothing. */
export class SyncStopped extends Error {
  constructor(
    message: string,
    readonly platformError?: PlatformError,
  ) {
    super(message);
    this.name = 'SyncStopped';
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
