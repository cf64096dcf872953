// What the outbox keeps as last_error and what the log shows: a short text naming the failure
// (error code, SMTP reply) and never a credential. Connection URLs carry the SMTP password, and
// some errors repeat parts of it, so every configured secret is blanked out before anything is kept.

const MAX_LENGTH = 200;

interface ErrorLike {
  code?: unknown;
  responseCode?: unknown;
  message?: unknown;
}

/** Secrets that may appear in transport errors: the user and password of the SMTP URL. */
export function secretsOfSmtpUrl(url: string | null): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return [parsed.password, decodeURIComponent(parsed.password), parsed.username, decodeURIComponent(parsed.username)].filter(
      (s) => s.length >= 3,
    );
  } catch {
    return [];
  }
}

export function describeSendError(error: unknown, secrets: readonly string[] = []): string {
  const e: ErrorLike = typeof error === 'object' && error !== null ? (error as ErrorLike) : { message: String(error) };
  const parts: string[] = [];
  if (typeof e.code === 'string') parts.push(e.code);
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  const message = typeof e.message === 'string' ? e.message.replace(/\s+/g, ' ').trim() : '';
  let text = parts.length ? `${parts.join(' ')}: ${message}` : message || 'unknown error';
  for (const secret of secrets) text = text.split(secret).join('***');
  // smtp://user:pass@host written anywhere in the text loses its userinfo as well.
  text = text.replace(/(smtps?:\/\/)[^@\s/]*@/gi, '$1***@');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** Errors that mean the server could not be reached at all: trying the next mail now would fail the same way. */
export function isConnectionFailure(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as ErrorLike).code : undefined;
  return typeof code === 'string' && ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONNREFUSED'].includes(code);
}
