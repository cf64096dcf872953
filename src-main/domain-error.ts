// Exceptions inside main, values at the boundary: services throw DomainError with a code from the
// closed union in errors.ts, and the router turns it into { ok: false, error: { code, fields } }.
import type { ErrorCode, FieldErrors } from '../src-shared/errors';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldErrors,
  ) {
    super(code);
  }
}
