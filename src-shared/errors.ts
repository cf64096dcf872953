// The closed set of error codes that may cross the IPC boundary. The renderer maps each one to a
// friendly sentence (i18n); nothing else about a failure — no message, no stack — ever leaves main.

export const errorCodes = [
  /** The channel name is not in the contract. */
  'unknown_channel',
  /** The input failed the channel's schema; `fields` says which field and why. */
  'invalid_input',
  /** The caller's session does not meet the channel's auth level. */
  'unauthorized',
  /** A required action (e.g. set a new password) must be completed before anything else. */
  'action_required',
  /** The session ended (idle timeout, logout, an administrator locked the account). */
  'session_expired',
  /** One generic answer for wrong secret, unknown account and locked account at the kiosk. */
  'login_failed',
  /** 事故登録: the account is stopped by an administrator; the user is asked to come to the counter. */
  'account_accident',
  /**
   * 利用中止: the account is locked; told only to someone who gave both of its secrets (a citizen's
   * 利用者キー with its mail address or current code), who is then sent to the counter; and to a
   * logged-in patron whose own wrong 現パスワード just locked it (the session has ended with it).
   */
  'account_locked',
  /** The account has no mail address, so a mail-based login cannot be used. */
  'no_mail_address',
  /** The staff confirmation PIN was wrong. */
  'confirm_failed',
  /** 封鎖: too many cumulative confirmation-PIN failures; confirmation-protected actions are closed. */
  'blockaded',
  /** Too many requests of this kind for now (mail abuse limits). */
  'rate_limited',
  /**
   * Too many wrong secrets from this terminal lately (login, confirmation PIN, OTP, reset code):
   * it must wait `retryAfterSeconds` before the next attempt. About the terminal, never an account.
   */
  'throttled',
  /** The thing asked for does not exist (or is not visible to the caller). */
  'not_found',
  /** 満員: no places left in the slot. */
  'full',
  /** The change conflicts with the current state (e.g. already cancelled, duplicate). */
  'conflict',
  /** The rule of the operation forbids it in this state (e.g. renew an overdue loan). */
  'not_allowed',
  /** An external service (mail server, identity provider) cannot be reached right now. */
  'unavailable',
  /** The database cannot be reached right now (the site's database server is down or unreachable). */
  'store_unavailable',
  /**
   * The library's own system (the ILS, over SIP2) cannot be reached or answered unreadably; nothing
   * was changed here. The patron is asked to try again a little later.
   */
  'library_system_unavailable',
  /** The library's system blocks this card (SIP2 patron status flags): the patron is sent to the counter. */
  'library_patron_blocked',
  /** A long operation was cancelled by the user, by leaving the screen or by the idle timeout. */
  'cancelled',
  /** The operation expired (e.g. device code). */
  'expired',
  /** The other side declined (e.g. consent denied in the identity app). */
  'denied',
  /** Anything unexpected. Logged with its stack in main only. */
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Per-field reasons, shown under the matching input. */
export const fieldErrorCodes = [
  'required',
  'format',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'mismatch',
  'same_as_other',
  'too_simple',
  'common_password',
  'contains_personal',
  'needs_pc_address',
  'needs_mobile_address',
  'needs_address',
  'invalid',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export type FieldErrors = Partial<Record<string, FieldErrorCode>>;

export interface AppError {
  code: ErrorCode;
  fields?: FieldErrors;
  /** With 'throttled': whole seconds until the terminal may try again (the screen counts down). */
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, fields?: FieldErrors): { ok: false; error: AppError } {
  return fields ? { ok: false, error: { code, fields } } : { ok: false, error: { code } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);
}
