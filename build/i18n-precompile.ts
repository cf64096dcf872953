// Build step for the renderer's screen texts (src-renderer/i18n/<locale>/*.ts). vue-i18n compiles a
// message on first use with its message compiler, which then ships in the bundle; the runtime-only
// build (`__INTLIFY_DROP_MESSAGE_COMPILER__`) needs the messages compiled beforehand. This plugin does
// that at build time, in each message module:
// - a message without syntax stays a string, since the runtime returns a string message as it is
//   (1,450 of 1,676 messages, so the bundle does not grow by their ASTs);
// - a message with interpolation, a linked message or plural forms becomes the compiler's AST, which
//   the runtime turns into a message function without the compiler;
// - a message that does not compile fails the build, naming its key.
// Dev mode (`vite dev`) keeps the compiler and the strings as written.
import { baseCompile, type CompileError } from '@intlify/message-compiler';
import { parseAst, type Plugin } from 'vite';

import { locales } from '../src-shared/locales';
import { kanjiWithoutReading } from '../src-shared/ruby';

const EASY_MODULE = /[\\/]src-renderer[\\/]i18n[\\/]easy[\\/][^\\/]+\.ts$/;
const MESSAGE_MODULE = new RegExp(`[\\\\/]src-renderer[\\\\/]i18n[\\\\/](?:${locales.join('|')})[\\\\/][^\\\\/]+\\.ts$`);

/** What replaces a message in the bundle: the text itself when it has no syntax, else its AST. */
export function precompileMessage(source: string, key: string): string | object {
  const errors: string[] = [];
  const { ast } = baseCompile(source, {
    jit: true,
    location: false,
    minify: true,
    onError: (error: CompileError) => errors.push(error.message),
  });
  if (errors.length > 0) throw new Error(`i18n message ${key} does not compile: ${errors.join('; ')}`);
  // The minified AST: t = node type (0 resource, 1 plural, 2 message), b = body, s = static text.
  const body = (ast as unknown as { b?: { t?: number; s?: unknown } }).b;
  if (body?.t === 2 && typeof body.s === 'string') return body.s;
  return ast;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function keyName(property: Node): string {
  const key = property.key as Node;
  return String(key.type === 'Identifier' ? key.name : key.value);
}

/** Rewrites every string-valued property of a message module's object literals; the rest is kept. */
export function precompileMessageModule(code: string, id: string): string {
  const replacements: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node, path: readonly string[]): void => {
    if (node.type === 'Property') {
      const value = node.value as Node;
      const at = [...path, keyName(node)];
      if (value.type === 'Literal' && typeof value.value === 'string') {
        const key = `${id.split(/[\\/]/).slice(-2).join('/')} ${at.join('.')}`;
        // やさしい日本語 shows every kanji with its reading: one without fails the build, naming it.
        if (EASY_MODULE.test(id)) {
          const bare = kanjiWithoutReading(value.value);
          if (bare.length > 0) throw new Error(`i18n message ${key} has kanji without a reading: ${bare.join('')}`);
        }
        const compiled = precompileMessage(value.value, key);
        replacements.push({ start: value.start, end: value.end, text: JSON.stringify(compiled) });
      } else {
        visit(value, at);
      }
      return;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item, path);
      if (isNode(child)) visit(child, path);
    }
  };
  visit(parseAst(code, { lang: 'ts' }) as unknown as Node, []);
  let out = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** The Vite plugin, for the renderer's production build only (with the compiler dropped from vue-i18n). */
export function i18nPrecompile(): Plugin {
  return {
    name: 'madoguchi:i18n-precompile',
    apply: 'build',
    enforce: 'pre',
    // Set here rather than in the config's `define`, so the compiler is dropped exactly when the
    // messages are compiled.
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    transform(code, id) {
      if (!MESSAGE_MODULE.test(id)) return null;
      return { code: precompileMessageModule(code, id), map: null };
    },
  };
}
