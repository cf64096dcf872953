// 利用者情報変更 (seed 000 (ア)): the change, the confirmation to the new address and — when the
// address changed — a notice to the old one commit together.
import type { CitizenProfile } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';
import type { Accounts, Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { addressReplacedMail, profileChangedMail } from './mails';
import { type CitizenProfileRow, type CitizenProfiles, sameAddress } from './profiles';

export interface ProfileChange {
  name: string;
  phone: string;
  email: string;
  postalCode: string | null;
  address: string | null;
}

export interface ProfileServiceDeps {
  store: Store;
  clock: Clock;
  accounts: Accounts;
  profiles: CitizenProfiles;
  mailer: Mailer;
  audit: AuditLog;
}

function toProfile(row: CitizenProfileRow): CitizenProfile {
  return {
    userKey: row.userKey,
    name: row.name,
    phone: row.phone,
    email: row.email,
    postalCode: row.postalCode,
    address: row.address,
  };
}

export class ProfileService {
  constructor(private readonly d: ProfileServiceDeps) {}

  async get(accountId: number): Promise<CitizenProfile> {
    const row = await this.d.profiles.get(accountId);
    if (!row) throw new DomainError('not_found');
    return toProfile(row);
  }

  update(accountId: number, change: ProfileChange, locale: Locale, by: Actor): Promise<{ profile: CitizenProfile; emailChanged: boolean }> {
    const { store, clock, accounts, profiles, mailer, audit } = this.d;
    return store.transaction(async () => {
      const before = await profiles.get(accountId);
      if (!before) throw new DomainError('not_found');
      const emailChanged = before.email === null || !sameAddress(before.email, change.email);
      await accounts.rename(accountId, change.name, null);
      await profiles.update(accountId, change, clock.now());
      await mailer.enqueue(profileChangedMail, { to: change.email, locale, accountId, params: { name: change.name } });
      if (emailChanged && before.email) {
        await mailer.enqueue(addressReplacedMail, { to: before.email, locale, accountId, params: { name: before.name } });
      }
      await audit.append({ ...by, action: 'citizen.profile.change', target: `citizen:${before.userKey}`, outcome: 'ok', detail: { emailChanged } });
      return { profile: toProfile((await profiles.get(accountId)) as CitizenProfileRow), emailChanged };
    });
  }
}
