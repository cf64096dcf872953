// The demo's two patrons, in a file of their own: end-to-end specs log in as them and import this
// without the seeder (which bundles the sample catalogue file, something only Vite can load).
export const DEMO_PATRON = {
  cardNumber: '2000000000015',
  password: 'hondana2026',
  name: '図書 花子',
  kana: 'トショ ハナコ',
  birthDate: '1985-08-08',
  email: 'hanako.tosho@example.jp',
} as const;

export const DEMO_NEW_PATRON = {
  cardNumber: '2000000000022',
  initialPassword: '0401',
  name: '窓口 太郎',
  kana: 'マドグチ タロウ',
  birthDate: '1990-04-01',
} as const;
