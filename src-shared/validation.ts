// Turns zod issues into the per-field codes of errors.ts. Used by the router (to answer
// invalid_input) and by the renderer (to show the same message before anything is sent).
import type { z } from 'zod';
import { type FieldErrorCode, type FieldErrors, isFieldErrorCode } from './errors';

function codeOf(issue: z.core.$ZodIssue): FieldErrorCode {
  if (isFieldErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'format';
    case 'too_small':
      return 'too_short';
    case 'too_big':
      return 'too_long';
    default:
      return 'invalid';
  }
}

/** The first problem of each field, keyed by the dotted path ('' for the input as a whole). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (fields[key] === undefined) fields[key] = codeOf(issue);
  }
  return fields;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fields: fieldErrorsOf(parsed.error) };
}
