// Every language must say the same things: the residents' screens in all ten, the staff screens in
// Japanese and English; every error code worded; every message valid vue-i18n syntax (a bare @ or {
// in a sentence breaks it at run time, on screen); every kanji of easy Japanese with its reading.
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { errorCodes, fieldErrorCodes } from '../../../src-shared/errors';
import { type Locale, locales } from '../../../src-shared/locales';
import { kanjiWithoutReading } from '../../../src-shared/ruby';
import easy from '../../../src-renderer/i18n/easy/index';
import en from '../../../src-renderer/i18n/en/index';
import fil from '../../../src-renderer/i18n/fil/index';
import id from '../../../src-renderer/i18n/id/index';
import jaAddress from '../../../src-renderer/i18n/ja/address';
import jaCity from '../../../src-renderer/i18n/ja/city';
import jaCommon from '../../../src-renderer/i18n/ja/common';
import jaIdentity from '../../../src-renderer/i18n/ja/identity';
import jaLibrary from '../../../src-renderer/i18n/ja/library';
import jaPrint from '../../../src-renderer/i18n/ja/print';
import ko from '../../../src-renderer/i18n/ko/index';
import { ja } from '../../../src-renderer/i18n/messages';
import ne from '../../../src-renderer/i18n/ne/index';
import pt from '../../../src-renderer/i18n/pt/index';
import vi from '../../../src-renderer/i18n/vi/index';
import zh from '../../../src-renderer/i18n/zh/index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
  }
  return out;
}

const byLocale: Record<Locale, Map<string, string>> = {
  ja: flatten(ja),
  en: flatten(en),
  easy: flatten(easy),
  zh: flatten(zh),
  vi: flatten(vi),
  fil: flatten(fil),
  pt: flatten(pt),
  id: flatten(id),
  ne: flatten(ne),
  ko: flatten(ko),
};
const trees: Record<Locale, Record<string, unknown>> = { ja, en, easy, zh, vi, fil, pt, id, ne, ko };
const residentKeys = [...flatten({ ...jaCommon, ...jaCity, ...jaIdentity, ...jaLibrary, ...jaAddress, ...jaPrint }).keys()];
const allKeys = [...byLocale.ja.keys()];

describe('screen texts', () => {
  it('has every key in English, and every residents\' key in every language, and nothing else', () => {
    const problems: string[] = [];
    for (const locale of locales) {
      const expected = locale === 'ja' || locale === 'en' ? allKeys : residentKeys;
      const keys = byLocale[locale];
      for (const key of expected) if (!keys.has(key)) problems.push(`${locale} lacks ${key}`);
      for (const key of keys.keys()) if (!expected.includes(key)) problems.push(`${locale} has extra ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('words every error code and every field error code in every language', () => {
    for (const locale of locales) {
      for (const code of errorCodes) expect(byLocale[locale].get(`errors.${code}`), `${locale} ${code}`).toBeTruthy();
      for (const code of fieldErrorCodes) expect(byLocale[locale].get(`fieldErrors.${code}`), `${locale} ${code}`).toBeTruthy();
    }
  });

  it('has no empty message', () => {
    const empty = locales.flatMap((locale) =>
      [...byLocale[locale]].filter(([, text]) => text.trim() === '').map(([key]) => `${locale} ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('keeps the named values of each Japanese message in its translations', () => {
    const problems: string[] = [];
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const locale of locales) {
      for (const [key, text] of byLocale[locale]) {
        const source = byLocale.ja.get(key);
        if (source !== undefined && names(source) !== names(text)) problems.push(`${locale} ${key}: {${names(text)}} ≠ {${names(source)}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every kanji of easy Japanese its reading', () => {
    const bare = [...byLocale.easy]
      .map(([key, text]) => [key, kanjiWithoutReading(text).join('')] as const)
      .filter(([, kanji]) => kanji !== '')
      .map(([key, kanji]) => `${key}: ${kanji}`);
    expect(bare).toEqual([]);
  });

  it('compiles every message with vue-i18n', () => {
    const problems: string[] = [];
    for (const locale of locales) {
      const keys = byLocale[locale];
      // No fallback: a message that fails to compile in this language must show up as a problem.
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: trees[locale] } as Record<string, Record<string, never>>,
        missingWarn: false,
        fallbackWarn: false,
        warnHtmlMessage: false,
        messageCompiler: undefined,
      });
      for (const key of keys.keys()) {
        try {
          const text = i18n.global.t(key, {}, { default: '\u0000' });
          if (text === '\u0000' || text === key) problems.push(`${locale} ${key}`);
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
