// Lending at the counter (issue 14): 貸出, 返却 and 延長 by a clerk holding `circulation`, through the
// library system port, so the same rules run whether loans live in this app's store or in the
// library's ILS. The limits come from config (library.lending): at most maxLoans items, and no new
// loan while one is overdue (blockWhenOverdue); 利用中止 and 事故登録 cards, cards the system does
// not know and cards the ILS blocks cannot borrow or renew.
//
// A refused scan is an answer naming its field, and nothing is written but its audit row. Every
// change is audited with the clerk's staff ID. With the local system the checks, the change and
// its audit row (and a hold-ready mail in the outbox) are one store transaction; an ILS is a
// network call, which never runs inside a store transaction — there the ILS's answer is the commit
// point and the audit row follows it.
import type { BranchInfo } from '../../src-shared/contract/library';
import type {
  CardRefusal,
  CheckinResultOut,
  CheckoutResultOut,
  CounterLoan,
  PatronLookupResult,
  RenewResultOut,
} from '../../src-shared/contract/lending';
import type { LoanView } from '../../src-shared/contract/library';
import type { Actor } from '../auth/accounts';
import { DomainError } from '../domain-error';
import type { CardStanding, LibrarySystem, PatronRef } from '../library-system/library-system';
import type { LibraryDeps } from './deps';

/** The PatronRef of an ILS patron with no local account (never logged in at a kiosk): see the port. */
export const NO_LOCAL_ACCOUNT = 0;

type CardRead = { refusal: CardRefusal } | { ref: PatronRef; standing: CardStanding; name: string };
type Block = 'over_limit' | 'overdue_block';

function counterLoan(l: LoanView): CounterLoan {
  return { id: l.id, title: l.item.title, author: l.item.author, dueDate: l.dueDate, overdue: l.overdue, renewBlock: l.renewBlock };
}

export class CounterLending {
  constructor(
    private readonly d: LibraryDeps,
    private readonly system: LibrarySystem,
  ) {}

  private atomically<T>(work: () => Promise<T>): Promise<T> {
    return this.system.kind === 'local' ? this.d.store.transaction(work) : work();
  }

  private get limits() {
    return this.d.config.lending;
  }

  /** Local flags first (they need no question to the ILS), then the system's word on the card. */
  private async readCard(cardNumber: string): Promise<CardRead> {
    const account = await this.d.accounts.findByLogin('patron', cardNumber);
    if (account?.accident) return { refusal: 'card_accident' };
    if (account?.locked) return { refusal: 'card_stopped' };
    const standing = await this.system.cardStanding(cardNumber);
    if (!standing) return { refusal: 'card_unknown' };
    if (standing.blocked) return { refusal: 'card_blocked' };
    return { ref: { accountId: account?.id ?? NO_LOCAL_ACCOUNT, cardNumber }, standing, name: standing.name.trim() || account?.displayName || '' };
  }

  private blockOf(s: Pick<CardStanding, 'loans' | 'overdue'>): Block | null {
    if (this.limits.blockWhenOverdue && s.overdue > 0) return 'overdue_block';
    if (s.loans >= this.limits.maxLoans) return 'over_limit';
    return null;
  }

  private audit(by: Actor, action: string, target: string, outcome: 'ok' | 'denied', detail: Record<string, string | number | boolean | null>) {
    return this.d.audit.append({ ...by, action, target, outcome, detail });
  }

  /** 貸出・延長's first step: who the card is, how many loans against the limit, and which. */
  async patron(cardNumber: string): Promise<PatronLookupResult> {
    const card = await this.readCard(cardNumber);
    if ('refusal' in card) return { outcome: 'refused', field: 'cardNumber', reason: card.refusal };
    const loans = await this.system.loans(card.ref);
    return {
      outcome: 'found',
      patron: {
        cardNumber,
        name: card.name,
        loanCount: card.standing.loans,
        maxLoans: this.limits.maxLoans,
        overdueCount: card.standing.overdue,
        block: this.blockOf(card.standing),
        loans: loans.map(counterLoan),
      },
    };
  }

  /** One scanned item lent to the card's patron; the card is read again (it may have been stopped). */
  checkout(cardNumber: string, itemCode: string, by: Actor): Promise<CheckoutResultOut> {
    const target = `patron:${cardNumber}`;
    return this.atomically(async (): Promise<CheckoutResultOut> => {
      const card = await this.readCard(cardNumber);
      if ('refusal' in card) {
        await this.audit(by, 'lending.checkout', target, 'denied', { item: itemCode, reason: card.refusal });
        return { outcome: 'refused', field: 'cardNumber', reason: card.refusal };
      }
      const block = this.blockOf(card.standing);
      if (block) {
        await this.audit(by, 'lending.checkout', target, 'denied', { item: itemCode, reason: block });
        return { outcome: 'refused', field: 'itemCode', reason: block, title: '', message: null };
      }
      const r = await this.system.checkout(card.ref, itemCode);
      if (!r.ok) {
        const reason = r.refusal ?? 'refused';
        await this.audit(by, 'lending.checkout', target, 'denied', { item: itemCode, reason });
        return { outcome: 'refused', field: 'itemCode', reason, title: r.title, message: r.message };
      }
      await this.audit(by, 'lending.checkout', target, 'ok', { item: r.itemId, due: r.dueDate, hold: r.holdCollected });
      const after = { loans: card.standing.loans + 1, overdue: card.standing.overdue };
      return {
        outcome: 'lent',
        loan: { itemCode: r.itemId, title: r.title, author: r.author, dueDate: r.dueDate, holdCollected: r.holdCollected, lentAt: this.d.clock.now() },
        loanCount: after.loans,
        maxLoans: this.limits.maxLoans,
        block: this.blockOf(after),
      };
    });
  }

  /** 返却: a copy with a waiting hold goes to the 取置 shelf (its mail queued in the same transaction). */
  checkin(itemCode: string, by: Actor): Promise<CheckinResultOut> {
    const target = `item:${itemCode}`;
    return this.atomically(async (): Promise<CheckinResultOut> => {
      const r = await this.system.checkin(itemCode);
      if (!r.ok) {
        const reason = r.refusal ?? 'refused';
        await this.audit(by, 'lending.checkin', target, 'denied', { reason });
        return { outcome: 'refused', field: 'itemCode', reason, title: r.title, message: r.message };
      }
      const hold = r.hold;
      await this.audit(by, 'lending.checkin', target, 'ok', { toHoldShelf: hold !== null, mails: hold?.mailsQueued ?? 0 });
      return {
        outcome: 'returned',
        itemCode: r.itemId,
        title: r.title,
        hold: hold ? { pickupBranch: this.branch(hold.pickupBranch), pickupUntil: hold.pickupUntil, contact: hold.contact } : null,
        alert: r.alert,
        message: r.message,
        returnedAt: this.d.clock.now(),
      };
    });
  }

  /** 延長 of one of the card's loans, by the loan id the patron lookup listed. */
  renew(cardNumber: string, loanId: number, by: Actor): Promise<RenewResultOut> {
    const target = `patron:${cardNumber}`;
    return this.atomically(async (): Promise<RenewResultOut> => {
      const card = await this.readCard(cardNumber);
      if ('refusal' in card) return { outcome: 'refused', field: 'cardNumber', reason: card.refusal };
      const loan = (await this.system.loans(card.ref)).find((l) => l.id === loanId);
      if (!loan) throw new DomainError('not_found');
      if (loan.renewBlock) {
        await this.audit(by, 'lending.renew', target, 'denied', { loan: loanId, reason: loan.renewBlock });
        return { outcome: 'refused', field: 'loan', reason: loan.renewBlock, loanId };
      }
      let renewed: LoanView;
      try {
        renewed = await this.system.renew(card.ref, loanId);
      } catch (error) {
        // The ILS said no (its own rules): an answer for the clerk, not a fault.
        if (!(error instanceof DomainError) || error.code !== 'not_allowed') throw error;
        await this.audit(by, 'lending.renew', target, 'denied', { loan: loanId, reason: 'refused' });
        return { outcome: 'refused', field: 'loan', reason: 'refused', loanId };
      }
      await this.audit(by, 'lending.renew', target, 'ok', { loan: loanId, due: renewed.dueDate });
      // The view keeps the title the listing had when the system's answer carries none.
      return { outcome: 'renewed', loan: { ...counterLoan(renewed), title: renewed.item.title || loan.item.title, author: renewed.item.author || loan.item.author } };
    });
  }

  private branch(code: string | null): BranchInfo | null {
    if (code === null) return null;
    const b = this.d.branches.list().find((x) => x.code === code);
    return b ?? { code, ja: code };
  }
}
