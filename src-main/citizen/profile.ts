// 利用者情報変更 (seed 000 (ア)): the change, the confirmation to the new address and — when the
// address changed — a notice to the old one commit together.
import type { CitizenProfile } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';
import type { Accounts, Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Db } from '../store/database';
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
  db: Db;
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

  get(accountId: number): CitizenProfile {
    const row = this.d.profiles.get(accountId);
    if (!row) throw new DomainError('not_found');
    return toProfile(row);
  }

  update(accountId: number, change: ProfileChange, locale: Locale, by: Actor): { profile: CitizenProfile; emailChanged: boolean } {
    const { db, clock, accounts, profiles, mailer, audit } = this.d;
    return db
      .transaction(() => {
        const before = profiles.get(accountId);
        if (!before) throw new DomainError('not_found');
        const emailChanged = before.email === null || !sameAddress(before.email, change.email);
        accounts.rename(accountId, change.name, null);
        profiles.update(accountId, change, clock.now());
        mailer.enqueue(profileChangedMail, { to: change.email, locale, accountId, params: { name: change.name } });
        if (emailChanged && before.email) {
          mailer.enqueue(addressReplacedMail, { to: before.email, locale, accountId, params: { name: before.name } });
        }
        audit.append({ ...by, action: 'citizen.profile.change', target: `citizen:${before.userKey}`, outcome: 'ok', detail: { emailChanged } });
        return { profile: toProfile(profiles.get(accountId) as CitizenProfileRow), emailChanged };
      })
      .immediate();
  }
}
