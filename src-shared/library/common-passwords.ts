// Passwords of 8 or more characters that top the published leak lists (and their Japanese
// favourites). A new patron password may not be one of them, compared without regard to case.
// Short on purpose: it stops the guesses an attacker at a kiosk tries first, and ships in the
// renderer too so the patron hears it before pressing 更新.
export const COMMON_PASSWORDS: readonly string[] = [
  '12345678', '123456789', '1234567890', '12341234', '11111111', '00000000', '88888888', '87654321',
  '11223344', '12121212', '123123123', '1q2w3e4r', '1qaz2wsx', 'qwertyui', 'qwertyuiop', 'asdfghjk',
  'zxcvbnm1', 'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'iloveyou', 'sunshine', 'princess', 'football', 'baseball', 'superman', 'starwars', 'whatever',
  'trustno1', 'welcome1', 'welcome123', 'letmein1', 'abcd1234', 'abc12345', 'abcdefgh', 'aaaaaaaa',
  'qwerty123', 'qwerty12', 'q1w2e3r4', 'zaq12wsx', 'michael1', 'computer', 'internet', 'jennifer',
  'pokemon1', 'naruto12', 'doraemon', 'sakura123', 'hello123', 'changeme', 'admin123', 'administrator',
  'library1', 'library123', 'toshokan', 'kumamoto', 'kumamon1', 'nihon123', 'tokyo123', 'test1234',
  'pass1234', 'secret12', 'monkey12', 'dragon12', 'master12', 'shadow12', 'killer12', 'asdf1234',
  'zxcv1234', '1234qwer', 'qwer1234', 'a1b2c3d4', 'aa123456', 'a12345678', 'passpass', 'mypassword',
];

const SET = new Set(COMMON_PASSWORDS);

export function isCommonPassword(password: string): boolean {
  return SET.has(password.toLowerCase());
}
