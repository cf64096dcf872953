// Slip markup is built only through `html`: every interpolated value is escaped unless it is
// already markup made by `html` itself, so a title or a name typed as <script> or "&lt;" prints as
// those characters and can never add an element or an attribute to the slip page.
import { hasRuby, parseRuby } from '../../src-shared/ruby';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Markup known to be safe: made by `html`, never from outside text. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Line breaks of a stored text (an event's description) kept on paper, each line escaped. */
export function lines(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/\r\n|\r|\n/)
      .map((line) => escapeHtml(line))
      .join('<br>'),
  );
}

/**
 * Easy Japanese's readings (｜漢字《かんじ》, src-shared/ruby.ts) turned into <ruby> in markup that is
 * already escaped: only the text between tags is read, so a base and a reading are escaped text and
 * the notation can never open an element of its own. Markup without the notation comes back as is.
 */
export function withRuby(markup: SafeHtml): SafeHtml {
  if (!hasRuby(markup.markup)) return markup;
  const converted = markup.markup
    .split(/(<[^>]*>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : parseRuby(part)
            .map((segment) => ('text' in segment ? segment.text : `<ruby>${segment.base}<rt>${segment.reading}</rt></ruby>`))
            .join(''),
    )
    .join('');
  return new SafeHtml(converted);
}
