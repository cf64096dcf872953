// A mail template is plain text in each language the kiosk speaks. Callers pass the template object
// itself to the mailer, so its parameters are type-checked at every call site (no string registry).
// Each area keeps its wording in one file per language (<area>/mail-text/<locale>.ts), so a
// translator works on one file and no code branches on a language.
import type { Locale } from '../../src-shared/locales';
import { locales } from '../../src-shared/locales';
import { rubyAsParentheses } from '../../src-shared/ruby';

export interface RenderedMail {
  subject: string;
  body: string;
}

export interface TemplateContext {
  /** The configured system name in the mail's language (the mailer adds 【name】 to the subject). */
  systemName: string;
}

export type MailText<P> = (params: P, ctx: TemplateContext) => RenderedMail;

/** A template's wording: Japanese always; a language without its own falls back to Japanese. */
export type LocaleTexts<P> = { ja: MailText<P> } & Partial<Record<Locale, MailText<P>>>;

export interface MailTemplate<P> {
  /** Stable name stored with each outbox row (mail log, tests). */
  name: string;
  /**
   * The body carries a secret (one-time password, reset code): once the mail is sent, the outbox
   * keeps its subject and status but not the body, so the database holds no usable code.
   */
  secret: boolean;
  /** The languages this template has its own wording for (tests check the resident mails have all). */
  locales: readonly Locale[];
  render(locale: Locale, params: P, ctx: TemplateContext): RenderedMail;
}

export function defineTemplate<P>(name: string, byLocale: LocaleTexts<P>, options: { secret?: boolean } = {}): MailTemplate<P> {
  return {
    name,
    secret: options.secret ?? false,
    locales: locales.filter((locale) => byLocale[locale] !== undefined),
    render: (locale, params, ctx) => (byLocale[locale] ?? byLocale.ja)(params, ctx),
  };
}

/**
 * An area's per-language wording objects turned into one template's texts: `pick` chooses the
 * template's function from each language's object.
 */
export function textsOf<T, P>(byLocale: { ja: T } & Partial<Record<Locale, T>>, pick: (text: T) => MailText<P>): LocaleTexts<P> {
  const out: Partial<Record<Locale, MailText<P>>> = {};
  for (const locale of locales) {
    const text = byLocale[locale];
    if (text !== undefined) out[locale] = pick(text);
  }
  return { ...out, ja: pick(byLocale.ja) };
}

/**
 * Renders a template for the outbox: the subject gets 【system name】 in front and is kept on one
 * line (a line break in a subject would end the header early).
 */
export function renderMail<P>(template: MailTemplate<P>, locale: Locale, params: P, systemName: string): RenderedMail {
  const rendered = template.render(locale, params, { systemName });
  // Easy-Japanese wording carries its readings as ruby notation; plain text prints them in brackets.
  const subject = rubyAsParentheses(rendered.subject);
  const body = rubyAsParentheses(rendered.body);
  const oneLine = subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return { subject: `【${rubyAsParentheses(systemName)}】${oneLine}`, body: body.replace(/\r\n?/g, '\n') };
}
