// The counter's side of patron accounts: registering a new patron (issuing the card number) and
// resetting a forgotten password back to the initial one, the birth date's MMDD, which must be
// changed at the next login. Staff screens (issue 6) call these; the demo seeder too.
import { randomInt } from 'node:crypto';
import type { Locale } from '../../src-shared/contract/session';
import type { FieldErrors } from '../../src-shared/errors';
import { isRealCalendarDate } from '../../src-shared/calendar-date';
import { hasValidCheckDigit, withCheckDigit } from '../../src-shared/library/card-number';
import { initialPatronPassword } from '../../src-shared/library/patron-password';
import { type Actor, accountRef } from '../auth/accounts';
import { hashSecret } from '../auth/secrets';
import { DomainError } from '../domain-error';
import { isUniqueViolation } from '../store/store';
import type { LibraryDeps } from './deps';

export interface PatronRegistrationInput {
  name: string;
  kana: string | null;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  phones?: { mobile?: string | null; home?: string | null; work?: string | null };
  email?: string | null;
  emailKind?: 'pc' | 'mobile';
  pickupBranch?: string;
  mailLocale?: Locale;
}

export interface RegisteredPatron {
  accountId: number;
  cardNumber: string;
}

/**
 * A password reset worked out ahead: the slow hashing is done, the writes are not. The caller
 * runs `apply` inside its own transaction (so its notice mail commits or rolls back with the
 * reset) and `committed` once that transaction has committed.
 */
export interface PreparedPasswordReset {
  /** Store work only. */
  apply(by: Actor): Promise<void>;
  /** Ends the patron's open sessions: only after the commit, since it cannot be rolled back. */
  committed(): Promise<void>;
}

/** Card numbers issued here start with this digit (cards of an older system may start otherwise). */
const CARD_PREFIX = '2';

export class PatronRegistration {
  constructor(private readonly d: LibraryDeps) {}

  private check(input: PatronRegistrationInput): void {
    const fields: FieldErrors = {};
    if (input.name.trim() === '') fields.name = 'required';
    if (!isRealCalendarDate(input.birthDate)) fields.birthDate = 'format';
    else if (input.birthDate > this.d.calendar.dateOf(this.d.clock.now())) fields.birthDate = 'invalid';
    if (input.pickupBranch !== undefined && !this.d.branches.has(input.pickupBranch)) fields.pickupBranch = 'invalid';
    if (Object.keys(fields).length) throw new DomainError('invalid_input', fields);
  }

  /**
   * A fresh 13-digit number with a check digit, never given before (deleted accounts included).
   * The counter's 自動採番 shows it before registering; nothing holds it meanwhile, so a register
   * with it is checked again in its transaction (the odds of a clash are one in 10^11 per try).
   */
  async newCardNumber(): Promise<string> {
    for (;;) {
      const body = CARD_PREFIX + String(randomInt(0, 10 ** 11)).padStart(11, '0');
      const card = withCheckDigit(body);
      if (!(await this.d.accounts.loginIdTaken('patron', card))) return card;
    }
  }

  /**
   * A new patron with the initial MMDD password. `cardNumber` is the number the counter confirmed
   * (read from the card handed out or proposed by newCardNumber): its check digit must hold and it
   * must never have been given. Only callers without a counter (demo data, fixtures) omit it, and
   * then a fresh number is issued; the counter channel refuses a blank one (issue 13).
   */
  async register(input: PatronRegistrationInput, by: Actor, options: { cardNumber?: string } = {}): Promise<RegisteredPatron> {
    this.check(input);
    const { cardNumber } = options;
    if (cardNumber !== undefined) await this.checkCardNumber(cardNumber);
    const hash = await hashSecret(initialPatronPassword(input.birthDate), this.d.kdf);
    // Checked again inside the insert's transaction: another counter may have taken it meanwhile.
    return this.insert(input, hash, by, { cardNumber });
  }

  private async checkCardNumber(cardNumber: string): Promise<void> {
    if (!hasValidCheckDigit(cardNumber)) throw new DomainError('invalid_input', { cardNumber: 'invalid' });
    if (await this.d.accounts.loginIdTaken('patron', cardNumber)) throw new DomainError('invalid_input', { cardNumber: 'same_as_other' });
  }

  /**
   * Writes the account, profile and initial password. `passwordHash` is of the initial MMDD
   * password (or, for demo data only, of a chosen one with mustChange false).
   */
  async insert(
    input: PatronRegistrationInput,
    passwordHash: string,
    by: Actor,
    options: { cardNumber?: string; mustChange?: boolean } = {},
  ): Promise<RegisteredPatron> {
    this.check(input);
    const { store, accounts } = this.d;
    try {
      return await store.transaction(async () => {
        if (options.cardNumber !== undefined && (await accounts.loginIdTaken('patron', options.cardNumber))) {
          throw new DomainError('invalid_input', { cardNumber: 'same_as_other' });
        }
        const cardNumber = options.cardNumber ?? (await this.newCardNumber());
        const account = await accounts.create('patron', cardNumber, input.name.trim(), input.kana?.trim() || null);
        await this.d.patrons.insert({
          accountId: account.id,
          birthDate: input.birthDate,
          phones: { mobile: input.phones?.mobile ?? null, home: input.phones?.home ?? null, work: input.phones?.work ?? null },
          email: input.email ?? null,
          emailKind: input.emailKind ?? 'pc',
          pickupBranch: input.pickupBranch ?? this.d.branches.main,
          mailLocale: input.mailLocale ?? 'ja',
          now: this.d.clock.now(),
        });
        await accounts.setCredential(account.id, 'password', passwordHash, options.mustChange ?? true);
        await this.d.audit.append({ ...by, action: 'patron.register', target: accountRef(account), outcome: 'ok' });
        return { accountId: account.id, cardNumber };
      });
    } catch (error) {
      // Another counter registered the same card number between the check and the insert.
      if (options.cardNumber !== undefined && isUniqueViolation(error)) throw new DomainError('invalid_input', { cardNumber: 'same_as_other' });
      throw error;
    }
  }

  /**
   * Back to the initial password (birth MMDD), to be changed at the next login. Ends the
   * patron's sessions and forgives earlier failures (the patron is at the counter, identified);
   * a 利用中止 lock stays until it is released on its own.
   */
  async resetPassword(accountId: number, by: Actor): Promise<void> {
    const prepared = await this.preparePasswordReset(accountId);
    await this.d.store.transaction(() => prepared.apply(by));
    await prepared.committed();
  }

  /** The same reset in two halves, for a caller that writes more in the same transaction. */
  async preparePasswordReset(accountId: number): Promise<PreparedPasswordReset> {
    const patron = await this.d.patrons.get(accountId);
    if (!patron) throw new DomainError('not_found');
    const hash = await hashSecret(initialPatronPassword(patron.birthDate), this.d.kdf);
    const { store, accounts, audit } = this.d;
    return {
      apply: (by) =>
        store.transaction(async () => {
          await accounts.setCredential(accountId, 'password', hash, true);
          await accounts.transition(accountId, (s) => ({ status: { ...s, consecutiveFailures: s.locked ? s.consecutiveFailures : 0 }, events: [] }), by);
          await audit.append({ ...by, action: 'patron.password_reset', target: `patron:${patron.cardNumber}`, outcome: 'ok' });
        }),
      committed: () => this.d.sessions.endForAccount(accountId),
    };
  }
}
