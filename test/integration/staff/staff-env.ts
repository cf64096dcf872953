// A temp app with one administrator (A0001, made as `init` makes it) logged in on terminal 'admin',
// and helpers to register and log in staff through the router exactly as the console does.
import { expect } from 'vitest';
import type { ChannelOutput } from '../../../src-shared/contract';
import type { Permission } from '../../../src-shared/contract/channel';
import type { Result } from '../../../src-shared/errors';
import { tempApp, type TempApp, type TempAppOptions } from '../../fixtures/temp-app';

export const ADMIN = { pin: 'kanri2468', confirmPin: 'kakunin1357' };

export interface StaffEnv extends TempApp {
  recoveryCode: string;
  /** Registers a clerk as the administrator and has them set their own PINs; returns the staff ID. */
  clerk(permissions: Permission[], pins?: { pin: string; confirmPin: string }, role?: 'clerk' | 'admin'): Promise<{ accountId: number; staffId: string }>;
  login(terminal: string, staffId: string, pin: string): Promise<Result<ChannelOutput<'staff.login'>>>;
}

export function pinPair(pin: string, confirmPin: string) {
  return { pin, pinAgain: pin, confirmPin, confirmPinAgain: confirmPin };
}

export async function staffEnv(config: Parameters<typeof tempApp>[0] = {}, options: TempAppOptions = {}): Promise<StaffEnv> {
  // Staff work exists on counter terminals only (a kiosk's router refuses every staff channel).
  const env = await tempApp({ mode: 'counter', ...config }, options);
  const by = { actor: 'cli', terminal: 'test' };
  const { recoveryCode } = await env.app.services.staff.installation.initialise(
    { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
    by,
  );
  const { call, ok } = env;
  const login: StaffEnv['login'] = (terminal, staffId, pin) => call(terminal, 'staff.login', { staffId, pin });
  expect((await login('admin', 'A0001', ADMIN.pin)).ok).toBe(true);

  let n = 0;
  const clerk: StaffEnv['clerk'] = async (permissions, pins, role = 'clerk') => {
    n++;
    const initial = pinPair(`tmp${n}x9q`, `tmpc${n}x8w`);
    const created = await ok('admin', 'admin.staff.register', {
      nameKana: `ｼｮｸｲﾝ ${n}`,
      nameKanji: `職員${n}`,
      role,
      permissions,
      pins: initial,
      confirmPin: ADMIN.confirmPin,
    });
    const chosen = pins ?? { pin: `own${n}pin7`, confirmPin: `own${n}conf8` };
    const terminal = `setup-${n}`;
    const session = await ok(terminal, 'staff.login', { staffId: created.staffId, pin: initial.pin });
    expect(session.requiredAction).toBe('set_pins');
    await ok(terminal, 'staff.setPins', pinPair(chosen.pin, chosen.confirmPin));
    await ok(terminal, 'session.end', { reason: 'logout' });
    return created;
  };

  return Object.assign(env, { recoveryCode, clerk, login });
}

export function errorOf<T>(result: Result<T>): { code: string; fields?: Record<string, string | undefined> } {
  if (result.ok) return expect.fail(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.error;
}
