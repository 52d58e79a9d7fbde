// The Result envelope every transport carries, and the closed list of error codes. Expected
// failures travel as values (Electron IPC rejections keep only the message text).
import { z } from 'zod';

export const ERROR_CODES = [
  'UnknownMethod',
  'InvalidInput',
  'NotFound',
  'PermissionDenied',
  'Conflict',
  'ConfirmationRequired',
  'InvalidState',
  'Unavailable',
  'Internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** `details.field` names the input field at fault; `details.issues` lists zod problems. */
export const RpcErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type RpcError = z.infer<typeof RpcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export const ResultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: RpcErrorSchema }),
]);

/** Thrown by services for expected failures; the router turns it into `{ok: false}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Thrown on the client side when a call comes back `{ok: false}`. */
export class RpcCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(error: RpcError) {
    super(error.message);
    this.name = 'RpcCallError';
    this.code = error.code;
    this.details = error.details;
  }
}
