// The languages Madoguchi speaks: Japanese first, easy Japanese (やさしい日本語) for the residents and
// older citizens who read it more readily, then the languages of the seed cities' largest foreign
// communities (Vietnam, China, the Philippines, Brazil, Indonesia, Nepal, Korea) and English.
// One table holds everything that differs per language, so no screen or mail branches on a code.

export const locales = ['ja', 'easy', 'en', 'zh', 'vi', 'fil', 'pt', 'id', 'ne', 'ko'] as const;
export type Locale = (typeof locales)[number];

export interface LocaleInfo {
  /** The language's name in its own script: what a person looks for on the switch. */
  nativeName: string;
  /** BCP 47 tag for `<html lang>` (fonts, hyphenation, screen readers). Easy Japanese is Japanese. */
  htmlLang: string;
  /**
   * Intl tag for dates and numbers. Nepali keeps Latin digits: the times on the letters, signs and
   * reservation slips residents compare with are written in them.
   */
  intl: string;
  /**
   * How dates read: `japanese` 令和 in the seeds' style; `easy-japanese` the same with a reading for
   * every kanji; `intl` the Gregorian calendar in the language's own order and words.
   */
  dates: 'japanese' | 'easy-japanese' | 'intl';
}

export const localeInfo: Readonly<Record<Locale, LocaleInfo>> = {
  ja: { nativeName: '日本語', htmlLang: 'ja', intl: 'ja-JP', dates: 'japanese' },
  easy: { nativeName: 'やさしいにほんご', htmlLang: 'ja', intl: 'ja-JP', dates: 'easy-japanese' },
  en: { nativeName: 'English', htmlLang: 'en', intl: 'en-GB', dates: 'intl' },
  zh: { nativeName: '中文（简体）', htmlLang: 'zh-Hans', intl: 'zh-CN', dates: 'intl' },
  vi: { nativeName: 'Tiếng Việt', htmlLang: 'vi', intl: 'vi-VN', dates: 'intl' },
  fil: { nativeName: 'Filipino', htmlLang: 'fil', intl: 'fil-PH', dates: 'intl' },
  pt: { nativeName: 'Português', htmlLang: 'pt-BR', intl: 'pt-BR', dates: 'intl' },
  id: { nativeName: 'Bahasa Indonesia', htmlLang: 'id', intl: 'id-ID', dates: 'intl' },
  ne: { nativeName: 'नेपाली', htmlLang: 'ne', intl: 'ne-NP-u-nu-latn', dates: 'intl' },
  ko: { nativeName: '한국어', htmlLang: 'ko', intl: 'ko-KR', dates: 'intl' },
};

/** Staff screens are written for the city's and library's own clerks: Japanese, with English. */
export const staffLocales = ['ja', 'en'] as const satisfies readonly Locale[];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
