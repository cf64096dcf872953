// Demo staff for `npm start` and `madoguchi-admin seed-demo` (documented in the README):
//   A0001 administrator  利用者暗証番号 kanri2468   確認暗証番号 kakunin1357
//   S0001 clerk          利用者暗証番号 hanako2468  確認暗証番号 kakunin2468
//   S0002 clerk, left 利用中止 (locked) so the console's 利用中止解除 can be tried at once
//                        利用者暗証番号 taro24680   確認暗証番号 kakunin3579
//   Recovery code for `recover-admin`: DEMO-2345-6789-ABCD-EFGH
import { type Permission, permissions } from '../../src-shared/contract/channel';
import { loginFailed } from '../auth/lockout';
import { hashSecretSync } from '../auth/secrets';
import type { DemoSeeder } from '../demo/demo-context';
import { normalizeRecoveryCode } from './recovery-code';

export const DEMO_STAFF = {
  admin: { staffId: 'A0001', pin: 'kanri2468', confirmPin: 'kakunin1357' },
  clerk: { staffId: 'S0001', pin: 'hanako2468', confirmPin: 'kakunin2468' },
  lockedClerk: { staffId: 'S0002', pin: 'taro24680', confirmPin: 'kakunin3579' },
  recoveryCode: 'DEMO-2345-6789-ABCD-EFGH',
} as const;

const CLERK_PERMISSIONS: Permission[] = ['patron_lookup', 'patron_register', 'patron_password_reset', 'reservation_desk', 'mail_log'];

export const seedStaffDemo: DemoSeeder = async ({ services, config, clock }) => {
  const { staff, profiles } = services.staff;
  const kdf = config.security.kdf;
  // All hashing first, synchronously: the seeders run inside one transaction, which must not wait
  // on anything but the store.
  const pins = (p: { pin: string; confirmPin: string }) => ({ pin: hashSecretSync(p.pin, kdf), confirmPin: hashSecretSync(p.confirmPin, kdf) });
  const adminPins = pins(DEMO_STAFF.admin);
  const clerkPins = pins(DEMO_STAFF.clerk);
  const lockedPins = pins(DEMO_STAFF.lockedClerk);
  const recoveryHash = hashSecretSync(normalizeRecoveryCode(DEMO_STAFF.recoveryCode), kdf);

  const admin = await staff.create({
    role: 'admin',
    nameKanaHalf: 'ﾏﾄﾞｸﾞﾁ ｶﾝﾘｼｬ',
    nameKanji: '窓口 管理者',
    permissions,
    pins: adminPins,
    mustChange: false,
    createdBy: null,
  });
  await services.accounts.setCredential(admin.id, 'recovery', recoveryHash);
  await profiles.recordInstallation(clock.now(), admin.id);

  await staff.create({
    role: 'clerk',
    nameKanaHalf: 'ﾏﾄﾞｸﾞﾁ ﾊﾅｺ',
    nameKanji: '窓口 花子',
    permissions: CLERK_PERMISSIONS,
    pins: clerkPins,
    mustChange: false,
    createdBy: admin.id,
  });
  const locked = await staff.create({
    role: 'clerk',
    nameKanaHalf: 'ﾏﾄﾞｸﾞﾁ ﾀﾛｳ',
    nameKanji: '窓口 太郎',
    permissions: ['patron_lookup', 'reservation_desk'],
    pins: lockedPins,
    mustChange: false,
    createdBy: admin.id,
  });
  const by = { actor: 'system', terminal: 'demo' };
  const threshold = config.security.loginLockThreshold;
  for (let i = 0; i < threshold; i++) await services.accounts.transition(locked.id, (s) => loginFailed(s, threshold), by, { via: 'demo' });
};
