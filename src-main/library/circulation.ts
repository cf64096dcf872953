// The patron's own circulation — loans, renewals, holds, the counts of Myライブラリ — through the
// library system port, whichever system holds them (the local store, or the ILS over SIP2). The
// channels name the patron by the session's account; the port wants the card too (the ILS knows
// patrons by card number).
import type { HoldView, LoanView } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { CirculationCounts, FinesSummary, LibrarySystem, PatronRef } from '../library-system/library-system';
import type { LibraryDeps } from './deps';

export class Circulation {
  constructor(
    private readonly d: LibraryDeps,
    readonly system: LibrarySystem,
  ) {}

  private async patron(accountId: number): Promise<PatronRef> {
    const account = await this.d.accounts.get(accountId);
    if (!account || account.kind !== 'patron') throw new DomainError('not_found');
    return { accountId, cardNumber: account.loginId };
  }

  async counts(accountId: number): Promise<CirculationCounts> {
    return this.system.counts(await this.patron(accountId));
  }

  async loans(accountId: number): Promise<LoanView[]> {
    return this.system.loans(await this.patron(accountId));
  }

  async renew(accountId: number, loanId: number): Promise<LoanView> {
    return this.system.renew(await this.patron(accountId), loanId);
  }

  async holds(accountId: number): Promise<HoldView[]> {
    return this.system.holds(await this.patron(accountId));
  }

  async placeHolds(accountId: number, itemIds: number[], pickupBranch: string): Promise<HoldView[]> {
    return this.system.placeHolds(await this.patron(accountId), itemIds, pickupBranch);
  }

  async cancelHold(accountId: number, holdId: number): Promise<void> {
    await this.system.cancelHold(await this.patron(accountId), holdId);
  }

  async changePickup(accountId: number, holdId: number, pickupBranch: string): Promise<HoldView> {
    return this.system.changePickup(await this.patron(accountId), holdId, pickupBranch);
  }

  async setHoldMail(accountId: number, holdId: number, notifyMail: boolean): Promise<HoldView> {
    return this.system.setHoldMail(await this.patron(accountId), holdId, notifyMail);
  }

  async fines(accountId: number): Promise<FinesSummary> {
    return this.system.fines(await this.patron(accountId));
  }
}
