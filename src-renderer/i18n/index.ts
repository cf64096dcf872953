// vue-i18n in Composition mode. Messages never go through eval, which the Content-Security-Policy
// (script-src 'self') forbids: in dev its compiler turns them into functions at run time (JIT); the
// production build compiles them beforehand and leaves the compiler out (build/i18n-precompile.ts).
import { createI18n } from 'vue-i18n';
import type { Locale } from '../../src-shared/contract';
import { type MessageSchema, messages } from './messages';

export type { MessageSchema };

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'ja',
  fallbackLocale: 'ja',
  messages,
  // Field messages are looked up with te() before falling back, so a miss is expected, not a bug.
  missingWarn: false,
  fallbackWarn: false,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
