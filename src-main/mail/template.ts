// A mail template is plain text in Japanese and English. Callers pass the template object itself
// to the mailer, so its parameters are type-checked at every call site (no string registry).
import type { Locale } from '../../src-shared/contract/session';

export interface RenderedMail {
  subject: string;
  body: string;
}

export interface TemplateContext {
  /** The configured system name in the mail's language (the mailer adds 【name】 to the subject). */
  systemName: string;
}

export interface MailTemplate<P> {
  /** Stable name stored with each outbox row (mail log, tests). */
  name: string;
  /**
   * The body carries a secret (one-time password, reset code): once the mail is sent, the outbox
   * keeps its subject and status but not the body, so the database holds no usable code.
   */
  secret: boolean;
  render(locale: Locale, params: P, ctx: TemplateContext): RenderedMail;
}

export function defineTemplate<P>(
  name: string,
  byLocale: Record<Locale, (params: P, ctx: TemplateContext) => RenderedMail>,
  options: { secret?: boolean } = {},
): MailTemplate<P> {
  return { name, secret: options.secret ?? false, render: (locale, params, ctx) => byLocale[locale](params, ctx) };
}

/**
 * Renders a template for the outbox: the subject gets 【system name】 in front and is kept on one
 * line (a line break in a subject would end the header early).
 */
export function renderMail<P>(template: MailTemplate<P>, locale: Locale, params: P, systemName: string): RenderedMail {
  const { subject, body } = template.render(locale, params, { systemName });
  const oneLine = subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return { subject: `【${systemName}】${oneLine}`, body: body.replace(/\r\n?/g, '\n') };
}
