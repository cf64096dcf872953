// ja and en must say the same things: the same keys, every error code worded, and every message
// valid vue-i18n syntax (a bare @ or { in a sentence breaks it at run time, on screen).
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { errorCodes, fieldErrorCodes } from '../../../src-shared/errors';
import { en, ja } from '../../../src-renderer/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const jaKeys = flatten(ja as Tree);
const enKeys = flatten(en as Tree);

describe('screen texts', () => {
  it('has exactly the same keys in ja and en', () => {
    const onlyJa = [...jaKeys.keys()].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys.keys()].filter((k) => !jaKeys.has(k));
    expect({ onlyJa, onlyEn }).toEqual({ onlyJa: [], onlyEn: [] });
  });

  it('words every error code and every field error code in both languages', () => {
    for (const code of errorCodes) {
      expect(jaKeys.get(`errors.${code}`), code).toBeTruthy();
      expect(enKeys.get(`errors.${code}`), code).toBeTruthy();
    }
    for (const code of fieldErrorCodes) {
      expect(jaKeys.get(`fieldErrors.${code}`), code).toBeTruthy();
      expect(enKeys.get(`fieldErrors.${code}`), code).toBeTruthy();
    }
  });

  it('has no empty message', () => {
    const empty = [...jaKeys, ...enKeys].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('compiles every message with vue-i18n', () => {
    const problems: string[] = [];
    for (const [locale, keys] of [
      ['ja', jaKeys],
      ['en', enKeys],
    ] as const) {
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: locale === 'ja' ? ja : en },
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
