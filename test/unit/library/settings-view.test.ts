// 利用者情報変更's view says whether the password fields are shown: not when the library's ILS owns
// the password (library.system sip2, issue 15), since SIP2 cannot change it.
import { describe, expect, it } from 'vitest';
import type { LibraryConfig } from '../../../src-main/config/library';
import type { LibraryDeps } from '../../../src-main/library/deps';
import type { DueReminders } from '../../../src-main/library/due-reminders';
import type { History } from '../../../src-main/library/history';
import type { PatronAuth } from '../../../src-main/library/patron-auth';
import type { Patron } from '../../../src-main/library/patron-store';
import { PatronSettingsService } from '../../../src-main/library/settings';
import type { PatronSettings } from '../../../src-shared/contract/library';

const settings: PatronSettings = {
  email1: null,
  email1Kind: 'pc',
  email2: null,
  email2Kind: 'pc',
  registrationMail: false,
  registrationTo: { pc: false, mobile: false },
  holdTo: { pc: false, mobile: false },
  sdiTo: { pc: false, mobile: false },
  dueNotice: false,
  dueNoticeTo: { pc: false, mobile: false },
  dueNoticeDays: 1,
  pickupBranch: 'honkan',
  holdContact: 'none',
  phoneContact: 'mobile',
  keepHistory: false,
};

const patron: Patron = {
  accountId: 7,
  cardNumber: '1000000000001',
  displayName: '山田 花子',
  nameKana: null,
  birthDate: '0001-01-01',
  phones: { mobile: null, home: null, work: null },
  settings,
  historySince: null,
  mailLocale: 'ja',
};

function serviceFor(system: LibraryConfig['system']): PatronSettingsService {
  // Only what view() reads: the patron, the branch list and which system owns the loans.
  const deps = {
    config: { system },
    patrons: { get: async (id: number) => (id === patron.accountId ? patron : undefined) },
    branches: { list: () => [{ code: 'honkan', ja: '本館', en: 'Main Library' }] },
  } as unknown as LibraryDeps;
  return new PatronSettingsService(deps, {} as PatronAuth, {} as History, {} as DueReminders, { address: 'no-reply@example.jp', domain: 'example.jp' });
}

describe('settings view: passwordChangeable', () => {
  it('is true with the local system', async () => {
    expect((await serviceFor('local').view(7)).passwordChangeable).toBe(true);
  });

  it('is false when the ILS owns the password (sip2)', async () => {
    expect((await serviceFor('sip2').view(7)).passwordChangeable).toBe(false);
  });
});
