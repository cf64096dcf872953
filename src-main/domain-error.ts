// Exceptions inside main, values at the boundary: services throw DomainError with a code from the
// closed union in errors.ts, and the router turns it into { ok: false, error: toAppError() }.
import type { AppError, ErrorCode, FieldErrors } from '../src-shared/errors';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldErrors,
    /** With 'throttled': the seconds the terminal must wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
  }

  /** What crosses the IPC boundary: the code and only the details that were set. */
  toAppError(): AppError {
    return {
      code: this.code,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
    };
  }
}
