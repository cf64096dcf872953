// The counter desk's work that belongs to other areas, done through their services with the clerk
// as the actor: registering a library patron (the card slip's data comes back) and booking a
// city-hall reservation for a caller on the phone. Permissions are the router's job; the rules
// (check digit, capacity, vaccination series) are the areas' own.
import type { ParsedInput } from '../../src-shared/contract';
import type { PhoneReservationReceipt, RegisteredPatronOut } from '../../src-shared/contract/counter-desk';
import type { BranchInfo } from '../../src-shared/contract/library';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Reservations } from '../citizen';
import type { Clock } from '../clock';
import type { Branches, PatronRegistration } from '../library';
import type { Store } from '../store/store';

export interface CounterDeskDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  registration: Pick<PatronRegistration, 'register' | 'newCardNumber'>;
  branches: Pick<Branches, 'list'>;
  reservations: Pick<Reservations, 'reserveForCaller'>;
}

export class CounterDesk {
  constructor(private readonly d: CounterDeskDeps) {}

  async branches(): Promise<BranchInfo[]> {
    return this.d.branches.list();
  }

  /** 自動採番: proposed to the clerk, who sees it (and may write it on the card) before registering. */
  async newCardNumber(): Promise<string> {
    return this.d.registration.newCardNumber();
  }

  /**
   * A new patron with the initial MMDD password (changed at the first login). The card number is
   * always the one the clerk confirmed: scanned, or filled in by 自動採番.
   */
  async registerPatron(input: ParsedInput<'counter.patron.register'>, by: Actor): Promise<RegisteredPatronOut> {
    const { cardNumber, phone, phoneKind, ...rest } = input;
    const registered = await this.d.registration.register(
      {
        name: rest.name,
        kana: rest.kana,
        birthDate: rest.birthDate,
        email: rest.email,
        emailKind: rest.emailKind,
        phones: { [phoneKind]: phone },
        pickupBranch: rest.pickupBranch,
        mailLocale: rest.mailLocale,
      },
      by,
      { cardNumber },
    );
    const branch = (await this.branches()).find((b) => b.code === rest.pickupBranch);
    return {
      accountId: registered.accountId,
      cardNumber: registered.cardNumber,
      name: rest.name,
      kana: rest.kana,
      pickupBranch: branch ?? { code: rest.pickupBranch, ja: rest.pickupBranch },
      registeredAt: this.d.clock.now(),
    };
  }

  /**
   * 予約受付 by phone: the same booking as at the kiosk (atomic places, dose 1 and 2 together, the
   * key mail when an address was given), plus a row saying a clerk took it by phone.
   */
  async reserveByPhone(input: ParsedInput<'counter.reservation.reserve'>, by: Actor): Promise<PhoneReservationReceipt> {
    const { slotId, secondSlotId, locale, ...applicant } = input;
    return this.d.store.transaction(async () => {
      const { receipt, userKey } = await this.d.reservations.reserveForCaller({ slotId, secondSlotId }, applicant, locale, by);
      await this.d.audit.append({
        ...by,
        action: 'counter.phone_reservation',
        target: `citizen:${userKey}`,
        outcome: 'ok',
        detail: { count: receipt.reservations.length, mailed: receipt.mailed },
      });
      return { ...receipt, userKey };
    });
  }
}
