// The one way a citizen account comes into being — at a first reservation (kiosk or phone) and at
// xID registration alike: a 利用者キー no account has ever had, the account row, and its profile.
// Runs inside the caller's transaction, so the account exists only together with whatever the
// caller books or links with it.
import type { Locale } from '../../src-shared/contract/session';
import type { Account, Accounts } from '../auth/accounts';
import type { CitizenProfiles, ContactDetails } from './profiles';
import { newUserKey } from './user-key';

export interface NewCitizen {
  account: Account;
  userKey: string;
}

export async function createCitizenAccount(
  { accounts, profiles }: { accounts: Accounts; profiles: CitizenProfiles },
  name: string,
  details: ContactDetails,
  locale: Locale,
  now: number,
): Promise<NewCitizen> {
  const userKey = await newUserKey((key) => accounts.loginIdTaken('citizen', key));
  const account = await accounts.create('citizen', userKey, name);
  await profiles.insert(account.id, details, locale, now);
  return { account, userKey };
}
