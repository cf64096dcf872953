// Template transform for easy Japanese (やさしい日本語): its messages carry a reading for every kanji
// as ruby notation (src-shared/ruby.ts), and every piece of text a screen shows must become <ruby>.
// Rather than asking each of some 600 `{{ t(…) }}` call sites to opt in (and missing one), the Vue
// compiler rewrites them all at build time:
// - a text interpolation `{{ expr }}` becomes `<RubyText :text="expr" />`, a functional component
//   that renders plain text as plain text (the usual case) and notation as <ruby>…<rt>…</rt></ruby>;
// - a bound text attribute read aloud or shown as a hint (aria-label, placeholder, title, alt) gets
//   `$rubyAsReading(expr)`: kana in place of the kanji, since an attribute cannot hold <ruby>.
// Elements whose content cannot be markup (option, textarea, title) keep plain interpolation; the
// e2e check of every screen in easy Japanese fails on any notation left visible.
import {
  type AttributeNode,
  createCompoundExpression,
  type DirectiveNode,
  type ElementNode,
  type ExpressionNode,
  type InterpolationNode,
  type NodeTransform,
  NodeTypes,
  type ParentNode,
  type TemplateChildNode,
  baseParse,
} from '@vue/compiler-core';

const TEXT_ONLY_PARENTS = new Set(['option', 'textarea', 'title', 'script', 'style', 'ruby', 'rt']);
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt', 'aria-description']);

/** The component name the renderer registers globally (src-renderer/components/RubyText.ts). */
export const RUBY_COMPONENT = 'RubyText';

function rubyElement(interpolation: InterpolationNode): ElementNode {
  // Parse a template of the right shape, then put the original expression (not yet processed: the
  // compiler will visit this new child like any other) in place of the stand-in.
  const template = baseParse(`<${RUBY_COMPONENT} :text="x" />`);
  const element = template.children[0] as ElementNode;
  const bind = element.props.find((prop): prop is DirectiveNode => prop.type === NodeTypes.DIRECTIVE);
  if (!bind) throw new Error('ruby transform: no :text binding in its own template');
  bind.exp = interpolation.content as ExpressionNode;
  element.loc = interpolation.loc;
  return element;
}

function rewriteChildren(parent: ParentNode): void {
  parent.children = parent.children.map((child: TemplateChildNode) =>
    child.type === NodeTypes.INTERPOLATION ? rubyElement(child) : child,
  ) as typeof parent.children;
}

function isSpokenBinding(prop: AttributeNode | DirectiveNode): prop is DirectiveNode & { exp: ExpressionNode } {
  return (
    prop.type === NodeTypes.DIRECTIVE &&
    prop.name === 'bind' &&
    prop.exp !== undefined &&
    prop.arg?.type === NodeTypes.SIMPLE_EXPRESSION &&
    prop.arg.isStatic &&
    SPOKEN_ATTRIBUTES.has(prop.arg.content)
  );
}

export const rubyTransform: NodeTransform = (node) => {
  if (node.type === NodeTypes.ROOT || node.type === NodeTypes.IF_BRANCH || node.type === NodeTypes.FOR) {
    rewriteChildren(node);
    return;
  }
  if (node.type !== NodeTypes.ELEMENT) return;
  if (!TEXT_ONLY_PARENTS.has(node.tag) && node.tag !== RUBY_COMPONENT) rewriteChildren(node);
  for (const prop of node.props) {
    // Runs after Vue's own expression transform, so the expression is already `_ctx.`-prefixed.
    if (isSpokenBinding(prop)) prop.exp = createCompoundExpression(['_ctx.$rubyAsReading(', prop.exp, ')'], prop.exp.loc);
  }
};
