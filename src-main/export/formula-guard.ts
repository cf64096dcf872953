// Formula injection (CSV injection): a spreadsheet opening a CSV runs a cell that starts with
// = + - @ as a formula — a citizen who types "=HYPERLINK(…)" as their name would run it on the
// clerk's PC. Such a cell gets a leading apostrophe, which Excel shows as text and does not run
// (OWASP's advice). Tab and CR start formulas in some spreadsheets too, and the full-width forms
// are covered because an IME types them and a later conversion may fold them.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** The cell as it is safe to write into a CSV meant for a spreadsheet. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
