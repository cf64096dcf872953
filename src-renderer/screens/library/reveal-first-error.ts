// After a refused 更新 the banner is at the top of a long form and the first marked field may be
// far below it (or above, at the foot of the form): bring that field to the middle of the screen,
// give it the focus, and count the marked fields so the banner can say how many there are.
// A field is marked by aria-invalid (inputs, selects) or, for a row of checkboxes, by its
// fieldset's invalid class.
const MARKED = '[aria-invalid="true"], .lib-group--invalid';
const CONTROL = 'input, select, textarea';

export function revealFirstError(root: HTMLElement | null | undefined): number {
  if (!root) return 0;
  const marked = [...root.querySelectorAll<HTMLElement>(MARKED)];
  // A marked control inside a marked fieldset is one problem, not two.
  const fields = marked.filter((el) => !marked.some((other) => other !== el && other.contains(el)));
  const first = fields[0];
  if (first) {
    first.scrollIntoView({ block: 'center' });
    const control = first.matches(CONTROL) ? first : first.querySelector<HTMLElement>(CONTROL);
    control?.focus({ preventScroll: true });
  }
  return fields.length;
}
