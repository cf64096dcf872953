// Renders one piece of screen text, turning easy Japanese's ruby notation (｜漢字《かんじ》) into
// <ruby>. Every `{{ … }}` in a template goes through here (build/ruby-transform.ts), so the plain
// case must stay cheap: a string without the notation is returned as the text it is.
import { type App, type FunctionalComponent, h, type VNodeArrayChildren } from 'vue';
import { hasRuby, parseRuby, rubyAsReading } from '../../src-shared/ruby';

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export const RubyText: FunctionalComponent<{ text: unknown }> = (props) => {
  const text = display(props.text);
  if (!hasRuby(text)) return text;
  const children: VNodeArrayChildren = parseRuby(text).map((segment) =>
    'text' in segment ? segment.text : h('ruby', [segment.base, h('rt', segment.reading)]),
  );
  return children;
};
RubyText.props = ['text'];

declare module 'vue' {
  interface ComponentCustomProperties {
    /** Used by the compiled templates' spoken attributes (build/ruby-transform.ts). */
    $rubyAsReading: (value: unknown) => unknown;
  }
}

export function installRuby(app: App): void {
  app.component('RubyText', RubyText);
  app.config.globalProperties.$rubyAsReading = (value: unknown) => (typeof value === 'string' ? rubyAsReading(value) : value);
}
