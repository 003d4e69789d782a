// Caller mistakes and refusals, each with the HTTP status the local host answers with.
// Anything that is not an AppError is our fault and becomes a 500 with a generic message.
import { STATUS, type ErrorCode } from '../../src/domain/errorCodes';
import { commonRefusals } from '../../src/copy/common';

export { STATUS, type ErrorCode };

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Extra facts for the caller, e.g. the current state on a 409. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toBody(): ErrorBody & { details?: Record<string, unknown> } {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}), ...(this.details ? { details: this.details } : {}) };
  }
}

export const invalid = (field: string, message: string) => new AppError('invalid', message, field);
export const notFound = (what: string) => new AppError('not_found', commonRefusals.notFound(what));
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError('conflict', message, undefined, details);
export const forbidden = (message = commonRefusals.forbidden) => new AppError('forbidden', message);
