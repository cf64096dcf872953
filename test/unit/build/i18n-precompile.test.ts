// The production bundle ships vue-i18n without its message compiler (build/i18n-precompile.ts), so
// every screen text must read the same from its precompiled form, through the runtime-only path, as
// from the source string through the compiler (what dev mode and the other unit tests see).
import { locales } from '../../../src-shared/locales';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createI18n, type DefineLocaleMessage } from 'vue-i18n';
import { precompileMessage, precompileMessageModule } from '../../../build/i18n-precompile';

type Tree = { [key: string]: unknown };

const I18N_DIR = resolve('src-renderer/i18n');
// Every language's area files (each language's index.ts only merges them).
const LOCALES = locales;
const work = mkdtempSync(join(tmpdir(), 'madoguchi-i18n-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function defaultExport(path: string): Promise<Tree> {
  return ((await import(pathToFileURL(path).href)) as { default: Tree }).default;
}

/** Each locale's messages, merged as src-renderer/i18n/messages.ts does: as written and precompiled. */
async function loadMessages(): Promise<Record<'source' | 'compiled', Record<string, Tree>>> {
  const source: Record<string, Tree> = {};
  const compiled: Record<string, Tree> = {};
  for (const locale of LOCALES) {
    mkdirSync(join(work, locale), { recursive: true });
    source[locale] = {};
    compiled[locale] = {};
    for (const file of readdirSync(join(I18N_DIR, locale)).filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
      const path = join(I18N_DIR, locale, file);
      const out = join(work, locale, file);
      writeFileSync(out, precompileMessageModule(readFileSync(path, 'utf8'), path));
      Object.assign(source[locale], await defaultExport(path));
      Object.assign(compiled[locale], await defaultExport(out));
    }
  }
  return { source, compiled };
}

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value]] : leaves(value as Tree, path);
  });
}

/** Every named placeholder of a message, each given a value of its own. */
function namedArgs(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => [m[1], `«${m[1]}»`]));
}

function i18nFor(locale: string, messages: Tree) {
  return createI18n({ legacy: false, locale, messages: { [locale]: messages as DefineLocaleMessage }, missingWarn: false, fallbackWarn: false, warnHtmlMessage: false });
}

describe('i18n precompile (build)', () => {
  it('keeps a message without syntax a string, turns one with syntax into an AST and refuses a broken one', () => {
    expect(precompileMessage('図書館 ログイン', 'k')).toBe('図書館 ログイン');
    expect(precompileMessage("info{'@'}example.jp", 'k')).toBe('info@example.jp');
    expect(typeof precompileMessage('あと{seconds}秒', 'k')).toBe('object');
    expect(typeof precompileMessage('1 item | {n} items', 'k')).toBe('object');
    expect(() => precompileMessage('a { b', 'library.login.title')).toThrow(/library\.login\.title.*Unterminated closing brace/);
    expect(() => precompileMessage('mail@x.jp', 'k')).toThrow(/linked/);
  });

  it('fails the build on a kanji of easy Japanese without its reading, and only there', () => {
    const easy = '/x/src-renderer/i18n/easy/city.ts';
    const module = (text: string) => `export default { city: { title: '${text}' } };`;
    expect(() => precompileMessageModule(module('｜市役所《しやくしょ》の 予約'), easy)).toThrow(/easy\/city\.ts city\.title .*予約/);
    expect(precompileMessageModule(module('｜市役所《しやくしょ》の ｜予約《よやく》'), easy)).toContain('しやくしょ');
    expect(precompileMessageModule(module('市役所の予約'), '/x/src-renderer/i18n/ja/city.ts')).toContain('市役所の予約');
  });

  it('reads every message of every language the same without the compiler as with it', async () => {
    const { source, compiled } = await loadMessages();
    const differences: string[] = [];
    let checked = 0;
    const global = globalThis as { __INTLIFY_DROP_MESSAGE_COMPILER__?: boolean };
    // In its development build the runtime warns of every string it returns as is (the plain ones, by design).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const locale of LOCALES) {
      const withCompiler = i18nFor(locale, source[locale] as Tree).global;
      const runtimeOnly = i18nFor(locale, compiled[locale] as Tree).global;
      for (const [key, text] of leaves(source[locale] as Tree)) {
        const named = namedArgs(text as string);
        for (const plural of [1, 2]) {
          global.__INTLIFY_DROP_MESSAGE_COMPILER__ = false;
          const expected = withCompiler.t(key, named, plural);
          global.__INTLIFY_DROP_MESSAGE_COMPILER__ = true;
          try {
            const actual = runtimeOnly.t(key, named, plural);
            if (actual !== expected) differences.push(`${locale} ${key}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
          } finally {
            global.__INTLIFY_DROP_MESSAGE_COMPILER__ = false;
          }
        }
        checked++;
      }
    }
    warn.mockRestore();
    expect(differences).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
