// The emulator's error: a platform error type (platform-api.md §1) with its HTTP status, thrown
// by handlers and turned into `{"error":{"type","message","details?"}}` by the server. Owns the
// type -> status mapping only; it never decides which rule failed.
import { KNOWN_ERROR_TYPES } from '../sync/platform/errors';

/** The type -> status table is the platform's wire format, shared with the client. */
export const ERROR_STATUS = KNOWN_ERROR_TYPES;
export type EmulatorErrorType = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { type: string; message: string; details?: unknown };
}

export class EmulatorError extends Error {
  readonly type: EmulatorErrorType;
  readonly status: number;
  readonly details: unknown;

  constructor(type: EmulatorErrorType, message: string, details?: unknown) {
    super(message);
    this.name = 'EmulatorError';
    this.type = type;
    this.status = ERROR_STATUS[type];
    this.details = details;
  }

  toBody(): ErrorBody {
    return { error: { type: this.type, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

export const invalidInput = (message: string, details?: unknown): EmulatorError => new EmulatorError('InvalidInput', message, details);
export const permissionDenied = (message: string): EmulatorError => new EmulatorError('PermissionDenied', message);
export const notFound = (message: string): EmulatorError => new EmulatorError('ResourceNotFound', message);
export const invalidState = (message: string): EmulatorError => new EmulatorError('InvalidState', message);
