// Creating staff accounts and setting their PINs: the part the console's 利用者の新規登録, the
// console's PIN reset, the first login after a reset and `madoguchi-admin init` all share.
import type { Permission } from '../../src-shared/contract/channel';
import type { StaffRole } from '../../src-shared/contract/staff';
import type { FieldErrors } from '../../src-shared/errors';
import { searchKana } from '../../src-shared/kana';
import { type PinPair, pinPairProblems } from '../../src-shared/staff-pin';
import type { Account, Accounts } from '../auth/accounts';
import { hashSecret, type KdfParams } from '../auth/secrets';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import { formatStaffId, staffIdPrefix } from './staff-id';
import type { StaffProfiles } from './staff-profiles';

export interface PinHashes {
  pin: string;
  confirmPin: string;
}

export interface NewStaff {
  role: StaffRole;
  nameKanaHalf: string;
  nameKanji: string | null;
  permissions: readonly Permission[];
  pins: PinHashes;
  /** Both PINs must be set anew at the first login (the administrator who typed them knows them). */
  mustChange: boolean;
  createdBy: number | null;
}

export class StaffAccounts {
  constructor(
    private readonly accounts: Accounts,
    private readonly profiles: StaffProfiles,
    private readonly clock: Clock,
    private readonly kdf: KdfParams,
  ) {}

  /** The ID the next account of this role will get (re-checked inside the creating transaction). */
  async nextStaffId(role: StaffRole): Promise<string> {
    return formatStaffId(role, (await this.profiles.highestNumber(staffIdPrefix(role))) + 1);
  }

  /** Throws invalid_input with per-field codes when the pair breaks a rule (staff ID included). */
  checkPins(pair: PinPair, staffId: string, fieldPrefix = ''): void {
    const problems = pinPairProblems(pair, staffId);
    const keys = Object.keys(problems);
    if (keys.length === 0) return;
    const fields: FieldErrors = {};
    for (const key of keys) fields[`${fieldPrefix}${key}`] = problems[key];
    throw new DomainError('invalid_input', fields);
  }

  async hashPins(pair: PinPair): Promise<PinHashes> {
    const [pin, confirmPin] = await Promise.all([hashSecret(pair.pin, this.kdf), hashSecret(pair.confirmPin, this.kdf)]);
    return { pin, confirmPin };
  }

  /** Store work only, with the PINs hashed beforehand: runs inside the caller's transaction. */
  async create(staff: NewStaff): Promise<Account> {
    const staffId = await this.nextStaffId(staff.role);
    const displayName = staff.nameKanji ?? staff.nameKanaHalf;
    const account = await this.accounts.create('staff', staffId, displayName, searchKana(staff.nameKanaHalf));
    await this.profiles.insert({
      accountId: account.id,
      nameKanaHalf: staff.nameKanaHalf,
      nameKanji: staff.nameKanji,
      role: staff.role,
      permissions: staff.permissions,
      createdBy: staff.createdBy,
      now: this.clock.now(),
    });
    await this.setPins(account.id, staff.pins, staff.mustChange);
    return account;
  }

  async rename(accountId: number, nameKanaHalf: string, nameKanji: string | null): Promise<void> {
    await this.accounts.rename(accountId, nameKanji ?? nameKanaHalf, searchKana(nameKanaHalf));
    await this.profiles.rename(accountId, nameKanaHalf, nameKanji, this.clock.now());
  }

  async setPins(accountId: number, pins: PinHashes, mustChange: boolean): Promise<void> {
    await this.accounts.setCredential(accountId, 'pin', pins.pin, mustChange);
    await this.accounts.setCredential(accountId, 'confirm_pin', pins.confirmPin, mustChange);
  }

  /** True when the next login must begin with setting both PINs (required action set_pins). */
  async pinsMustChange(accountId: number): Promise<boolean> {
    const pin = await this.accounts.credential(accountId, 'pin');
    const confirm = await this.accounts.credential(accountId, 'confirm_pin');
    return !pin || !confirm || pin.mustChange || confirm.mustChange;
  }
}
