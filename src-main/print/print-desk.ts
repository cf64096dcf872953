// The print service behind the print channels: it reads what a slip shows through the areas'
// public services (never their tables), checks that the caller may have it, renders the slip and
// hands it to the port. A printer's refusal comes back as an outcome with a reason — the
// reservation or the registration it is about is already complete. Staff prints are audited (they
// put names and phone numbers on paper); a citizen's or patron's own receipt is only logged.
import type { z } from 'zod';
import type { attendeeQuery } from '../../src-shared/contract/events';
import type { PrintOutcome, PrintStatus } from '../../src-shared/contract/print';
import type { Locale } from '../../src-shared/locales';
import type { Accounts, Actor } from '../auth/accounts';
import type { Session } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { EventDesk, ReservationSlips } from '../citizen';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import { DomainError } from '../domain-error';
import type { Library } from '../library';
import type { Logger } from '../log';
import { PAPERS } from './paper';
import type { ReceiptGrants } from './receipt-grants';
import type { Slip } from './slip';
import { PrintError, type SlipPrinter } from './slip-printer';
import { attendeeSlip } from './slips/attendee-slip';
import { type LibrarySlipData, librarySlip } from './slips/library-slip';
import { patronSlip } from './slips/patron-slip';
import { reservationSlip } from './slips/reservation-slip';

type AttendeeQuery = z.output<typeof attendeeQuery>;
type Texts = Partial<Record<string, string | undefined>> & { ja: string };

export interface PrintDeskDeps {
  /** null: print.adapter none, or an adapter this process cannot run (electron outside Electron). */
  printer: SlipPrinter | null;
  config: Config;
  clock: Clock;
  log: Logger;
  audit: AuditLog;
  accounts: Accounts;
  grants: ReceiptGrants;
  reservationSlips: ReservationSlips;
  library: Library;
  eventDesk: EventDesk;
}

/** A stored text in the slip's language, Japanese when it has none. */
function pick(text: Texts, language: Locale): string {
  const value = text[language];
  return value !== undefined && value.trim() !== '' ? value : text.ja;
}

export class PrintDesk {
  constructor(private readonly d: PrintDeskDeps) {}

  status(): PrintStatus {
    return { available: this.d.printer !== null, paper: this.d.config.print.paper };
  }

  private get paper() {
    return PAPERS[this.d.config.print.paper];
  }

  private systemName(language: Locale): string {
    return pick(this.d.config.systemName as Texts, language);
  }

  /**
   * 予約の控え. Allowed for the window that just made these reservations (a guest has no session)
   * or for the logged-in citizen they belong to; anything else is not_found, like a missing id.
   */
  async reservation(window: string, session: Session | undefined, reservationIds: readonly number[], language: Locale): Promise<PrintOutcome> {
    if (!this.d.printer) return notConfigured();
    const facts = await this.d.reservationSlips.facts(reservationIds);
    const own = session?.kind === 'citizen' && facts?.accountId === session.accountId;
    if (!facts || !(own || this.d.grants.allows(window, reservationIds))) throw new DomainError('not_found');
    const slip = reservationSlip(
      {
        language,
        systemName: this.systemName(language),
        issuedAt: this.d.clock.now(),
        reservations: facts.reservations,
        event: pick(facts.title, language),
        venue: pick(facts.venue, language),
        guidance: pick(facts.description, language),
        cancelUntil: facts.cancelUntil,
      },
      this.paper,
    );
    return this.run(slip);
  }

  /** 貸出・予約の控え of the session's patron: their loans and holds as Myライブラリ shows them. */
  async library(accountId: number, language: Locale): Promise<PrintOutcome> {
    if (!this.d.printer) return notConfigured();
    const { circulation, branches } = this.d.library;
    const [loans, holds] = await Promise.all([circulation.loans(accountId), circulation.holds(accountId)]);
    const slip = librarySlip(
      {
        language,
        systemName: this.systemName(language),
        issuedAt: this.d.clock.now(),
        id: String(accountId),
        items: loans.map((l) => ({ title: l.item.title, dueDate: l.dueDate })),
        holds: holds.map((h) => ({
          title: h.item.title,
          pickupBranch: branches.name(h.pickupBranch, language),
          ready: h.status === 'ready',
          readyUntil: h.pickupUntil,
          queuePosition: h.queuePosition,
        })),
      },
      this.paper,
    );
    return this.run(slip);
  }

  /**
   * 貸出・予約の控え from lists the caller already holds — the counter's checkout (issue 14), which
   * knows what it just lent. The caller has checked that the lists are the patron's.
   */
  async libraryReceipt(lists: Pick<LibrarySlipData, 'id' | 'patronName' | 'items' | 'holds'>, language: Locale): Promise<PrintOutcome> {
    if (!this.d.printer) return notConfigured();
    return this.run(librarySlip({ ...lists, language, systemName: this.systemName(language), issuedAt: this.d.clock.now() }, this.paper));
  }

  /** 登録票 of a patron, for the clerk who registers patrons (reprinting a lost one is theirs too). */
  async patronSlip(accountId: number, language: Locale, by: Actor): Promise<PrintOutcome> {
    if (!this.d.printer) return notConfigured();
    const [account, patron] = await Promise.all([this.d.accounts.get(accountId), this.d.library.patrons.get(accountId)]);
    if (!account || account.kind !== 'patron' || account.deletedAt !== null || !patron) throw new DomainError('not_found');
    const slip = patronSlip(
      {
        language,
        systemName: this.systemName(language),
        accountId,
        cardNumber: patron.cardNumber,
        name: patron.displayName,
        kana: patron.nameKana,
        pickupBranch: this.d.library.branches.name(patron.settings.pickupBranch, language),
        registeredAt: account.createdAt,
      },
      this.paper,
    );
    const outcome = await this.run(slip);
    await this.d.audit.append({ ...by, action: 'print.patron_slip', target: `patron:${patron.cardNumber}`, outcome: auditOutcome(outcome), detail: detailOf(outcome) });
    return outcome;
  }

  /** 参加者一覧 on A4: the rows of the attendee screen for the same day or slot. */
  async attendees(query: AttendeeQuery, by: Actor): Promise<PrintOutcome> {
    if (!this.d.printer) return notConfigured();
    const { event, attendees } = await this.d.eventDesk.attendees(query);
    const slip = attendeeSlip({
      language: 'ja',
      systemName: this.systemName('ja'),
      issuedAt: this.d.clock.now(),
      eventId: event.id,
      event: event.title.ja,
      day: query.day,
      attendees,
    });
    const outcome = await this.run(slip);
    await this.d.audit.append({
      ...by,
      action: 'print.attendees',
      target: `event:${event.id}`,
      outcome: auditOutcome(outcome),
      detail: { day: query.day, slot: query.slotId, rows: attendees.length, ...detailOf(outcome) },
    });
    return outcome;
  }

  private async run(slip: Slip): Promise<PrintOutcome> {
    const printer = this.d.printer;
    if (!printer) return notConfigured();
    const started = this.d.clock.now();
    try {
      const result = await printer.print(slip);
      // The kind and the paper only: a slip's text holds names and numbers.
      this.d.log.info('print.done', { kind: slip.kind, adapter: printer.adapter, paper: slip.paper.name, ms: this.d.clock.now() - started });
      return result.kind === 'saved' ? { outcome: 'saved', fileName: result.fileName } : { outcome: 'printed' };
    } catch (error) {
      if (error instanceof PrintError) {
        this.d.log.warn('print.failed', { kind: slip.kind, adapter: printer.adapter, reason: error.reason, detail: error.message });
        return { outcome: 'print_failed', reason: error.reason };
      }
      this.d.log.error('print.error', error);
      return { outcome: 'print_failed', reason: 'failed' };
    }
  }
}


function notConfigured(): PrintOutcome {
  return { outcome: 'print_failed', reason: 'not_configured' };
}

function auditOutcome(outcome: PrintOutcome): 'ok' | 'failed' {
  return outcome.outcome === 'print_failed' ? 'failed' : 'ok';
}

function detailOf(outcome: PrintOutcome): Record<string, string> {
  if (outcome.outcome === 'saved') return { file: outcome.fileName };
  if (outcome.outcome === 'print_failed') return { reason: outcome.reason };
  return {};
}
