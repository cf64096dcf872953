// vue-i18n in Composition mode. Messages never go through eval, which the Content-Security-Policy
// (script-src 'self') forbids: in dev its compiler turns them into functions at run time (JIT); the
// production build compiles them beforehand and leaves the compiler out (build/i18n-precompile.ts).
// Japanese ships with the first screen; another language is fetched when someone picks it.
import { createI18n } from 'vue-i18n';
import { type Locale, localeInfo } from '../../src-shared/locales';
import { ja, type MessageSchema, type ResidentMessages } from './messages';

export type { MessageSchema };

type OtherLocale = Exclude<Locale, 'ja'>;

// One chunk per language (Vite splits on each dynamic import).
const loaders: Record<OtherLocale, () => Promise<{ default: MessageSchema | ResidentMessages }>> = {
  easy: () => import('./easy/index'),
  en: () => import('./en/index'),
  zh: () => import('./zh/index'),
  vi: () => import('./vi/index'),
  fil: () => import('./fil/index'),
  pt: () => import('./pt/index'),
  id: () => import('./id/index'),
  ne: () => import('./ne/index'),
  ko: () => import('./ko/index'),
};

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'ja',
  fallbackLocale: 'ja',
  // The other languages arrive through setLocaleMessage; until then (and for the staff areas a
  // residents' language does not carry) the Japanese is shown.
  messages: { ja } as Record<Locale, MessageSchema>,
  // Field messages are looked up with te() before falling back, so a miss is expected, not a bug.
  missingWarn: false,
  fallbackWarn: false,
});

const loaded = new Set<Locale>(['ja']);
let latestRequest = 0;

/** Switches the screens' language, fetching its texts first; the last choice wins a quick double tap. */
export async function setLocale(locale: Locale): Promise<void> {
  const request = ++latestRequest;
  if (!loaded.has(locale) && locale !== 'ja') {
    const messages = (await loaders[locale]()).default;
    // A residents' language leaves the staff areas to the Japanese fallback (messages.ts).
    i18n.global.setLocaleMessage(locale, messages as MessageSchema);
    loaded.add(locale);
  }
  if (request !== latestRequest) return;
  i18n.global.locale.value = locale;
  document.documentElement.lang = localeInfo[locale].htmlLang;
}
