// The three on-screen layouts. numeric: card numbers and PINs. alpha: 利用者キー, one-time
// passwords and e-mail addresses (with @ . - _ and a shift for capitals). kana: a 50-on table for
// names and addresses, read like the printed table — あ column on the right — with a katakana page,
// under a row of digits and the hyphen, so that an address such as 本町1-2-3 is typed by touch too.
// The hyphen (-) and the table's long-vowel mark (ー) are different keys for different characters.
// The kana layout also has a Latin page (issue 17): foreign residents' names and addresses are often
// typed in Latin letters, with the accents Vietnamese, Portuguese and Filipino need. Accents are
// keys that act on the letter before the caret (as ゛ does on kana): a + ˆ → â, â + ´ → ấ,
// n + ˜ → ñ, c + ¸ → ç; đ has its own key. Keys in braces are commands; edit.ts applies them.

export type KeyboardLayoutName = 'numeric' | 'alpha' | 'kana';

/** simple-keyboard's layout: page name → rows of space-separated keys. */
export type KeyboardPages = Record<string, string[]>;

const numeric: KeyboardPages = {
  default: ['1 2 3', '4 5 6', '7 8 9', '{bksp} 0 {close}'],
};

const alpha: KeyboardPages = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 -',
    'q w e r t y u i o p _',
    'a s d f g h j k l @ .',
    '{shift} z x c v b n m {bksp}',
    '{space} {close}',
  ],
  shift: [
    '1 2 3 4 5 6 7 8 9 0 -',
    'Q W E R T Y U I O P _',
    'A S D F G H J K L @ .',
    '{unshift} Z X C V B N M {bksp}',
    '{space} {close}',
  ],
};

const hiragana = [
  'わ ら や ま は な た さ か あ',
  'を り ゆ み ひ に ち し き い',
  'ん る よ む ふ ぬ つ す く う',
  'ー れ {blank} め へ ね て せ け え',
  '{blank} ろ {blank} も ほ の と そ こ お',
];

/** Above the table, as on the alpha layout: 番地 and 号 are digits joined by hyphens. */
const kanaDigits = '1 2 3 4 5 6 7 8 9 0 -';

const KATAKANA_OFFSET = 0x60;

export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + KATAKANA_OFFSET));
}

const kanaCommands = '{voiced} {semivoiced} {small} {space} {bksp}';

/** The accent keys of the Latin page, in edit.ts's names. */
export const accentKeys = ['{acute}', '{grave}', '{hook}', '{tilde}', '{dotbelow}', '{circumflex}', '{breve}', '{horn}', '{cedilla}'] as const;

const latinLower = ['q w e r t y u i o p đ', 'a s d f g h j k l \' .', 'z x c v b n m , /'];
const latinUpper = ['Q W E R T Y U I O P Đ', 'A S D F G H J K L \' .', 'Z X C V B N M , /'];
const latinCommands = '{hiragana} {space} {bksp} {close}';

const kana: KeyboardPages = {
  default: [kanaDigits, ...hiragana, `{katakana} {latin} ${kanaCommands} {close}`],
  shift: [
    kanaDigits,
    ...hiragana.map((row) => row.replace(/\{[a-z]+\}|[^\s{}]+/g, (key) => (key.startsWith('{') ? key : toKatakana(key)))),
    `{hiragana} {latin} ${kanaCommands} {close}`,
  ],
  latin: [kanaDigits, ...latinLower, accentKeys.join(' '), `{latinShift} ${latinCommands}`],
  latinShift: [kanaDigits, ...latinUpper, accentKeys.join(' '), `{latinUnshift} ${latinCommands}`],
};

export const layouts: Record<KeyboardLayoutName, KeyboardPages> = { numeric, alpha, kana };

export function isLayoutName(value: string | undefined): value is KeyboardLayoutName {
  return value === 'numeric' || value === 'alpha' || value === 'kana';
}
