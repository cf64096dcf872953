// 予約した資料: holds with their queue position, pickup branch changes, per-hold mail choice and
// cancellation; placing holds from the 予約かご; and the library's side (an item becomes ready,
// the library cancels, or a ready item waits past its お取り置き期限). Mails follow the patron's
// settings and are queued in the same transaction as the change.
import type { HoldView } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import { LibraryCalendar } from './calendar';
import { type LibraryDeps, inTransaction } from './deps';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';
import { type HoldCancelledMail, holdCancelledMail, holdReadyMail, holdsPlacedMail } from './mails';
import { addressesFor, type Patron } from './patron-store';

export const HOLD_EXPIRY_JOB = 'library.hold_expiry';

interface HoldRow extends ItemColumns {
  id: number;
  account_id: number;
  status: 'waiting' | 'ready' | 'collected' | 'cancelled';
  pickup_branch: string;
  placed_at: number;
  pickup_until: string | null;
  notify_mail: number;
  queue_position: number | null;
}

/**
 * Where 予約関連メール go: the ticked destinations; if none is ticked, the first registered address
 * (the patron chose メール as 予約連絡方法, which needs an address, so there is one).
 */
export function holdMailAddresses(p: Patron): string[] {
  if (p.settings.holdContact !== 'mail') return [];
  const ticked = addressesFor(p.settings, p.settings.holdTo);
  if (ticked.length) return ticked;
  const first = p.settings.email1 ?? p.settings.email2;
  return first ? [first] : [];
}

export class Holds {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    const select = `SELECT h.*, ${ITEM_AS},
        CASE WHEN h.status = 'waiting' THEN
          (SELECT count(*) FROM holds q WHERE q.item_id = h.item_id AND q.status = 'waiting' AND q.id <= h.id)
        END AS queue_position
      FROM holds h JOIN catalogue_items i ON i.id = h.item_id`;
    const db = d.db;
    this.stmt = {
      list: db.prepare<[number], HoldRow>(`${select} WHERE h.account_id = ? AND h.status IN ('waiting', 'ready') ORDER BY h.placed_at, h.id`),
      one: db.prepare<[number], HoldRow>(`${select} WHERE h.id = ?`),
      activeCount: db.prepare<[number], { n: number }>("SELECT count(*) AS n FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')"),
      activeFor: db.prepare<[number, number], { id: number }>("SELECT id FROM holds WHERE account_id = ? AND item_id = ? AND status IN ('waiting', 'ready')"),
      onLoan: db.prepare<[number, number], { id: number }>('SELECT id FROM loans WHERE account_id = ? AND item_id = ?'),
      insert: db.prepare<[number, number, string, number]>('INSERT INTO holds (account_id, item_id, pickup_branch, placed_at) VALUES (?, ?, ?, ?)'),
      uncart: db.prepare<[number, number]>('DELETE FROM hold_cart WHERE account_id = ? AND item_id = ?'),
      pickup: db.prepare<[string, number]>('UPDATE holds SET pickup_branch = ? WHERE id = ?'),
      mail: db.prepare<[number, number]>('UPDATE holds SET notify_mail = ? WHERE id = ?'),
      end: db.prepare<[string, number, number]>('UPDATE holds SET status = ?, ended_at = ? WHERE id = ?'),
      ready: db.prepare<[number, string, number]>("UPDATE holds SET status = 'ready', ready_at = ?, pickup_until = ? WHERE id = ?"),
      firstWaiting: db.prepare<[number], { id: number }>("SELECT id FROM holds WHERE item_id = ? AND status = 'waiting' ORDER BY id LIMIT 1"),
      itemExists: db.prepare<[number], { id: number }>('SELECT id FROM catalogue_items WHERE id = ?'),
      overdueReady: db.prepare<[string], { id: number }>("SELECT id FROM holds WHERE status = 'ready' AND pickup_until < ? ORDER BY id"),
    };
  }

  private view(r: HoldRow): HoldView {
    return {
      id: r.id,
      item: itemOf(r),
      status: r.status === 'ready' ? 'ready' : 'waiting',
      queuePosition: r.status === 'waiting' ? r.queue_position : null,
      pickupBranch: r.pickup_branch,
      placedAt: r.placed_at,
      pickupUntil: r.pickup_until,
      notifyMail: r.notify_mail === 1,
    };
  }

  private own(accountId: number, holdId: number): HoldRow {
    const row = this.stmt.one.get(holdId);
    if (!row || row.account_id !== accountId || (row.status !== 'waiting' && row.status !== 'ready')) throw new DomainError('not_found');
    return row;
  }

  private patron(accountId: number): Patron {
    const p = this.d.patrons.get(accountId);
    if (!p) throw new DomainError('not_found');
    return p;
  }

  list(accountId: number): HoldView[] {
    return this.stmt.list.all(accountId).map((r) => this.view(r));
  }

  /**
   * 予約する for the chosen items, at one pickup branch. Items the patron already holds are only
   * taken out of the cart; an item the patron has on loan cannot be reserved.
   */
  place(accountId: number, itemIds: number[], pickupBranch: string): HoldView[] {
    if (!this.d.branches.has(pickupBranch)) throw new DomainError('invalid_input', { pickupBranch: 'invalid' });
    return inTransaction(this.d.db, () => {
      const patron = this.patron(accountId);
      const now = this.d.clock.now();
      const unique = [...new Set(itemIds)];
      const fresh: number[] = [];
      for (const itemId of unique) {
        if (!this.stmt.itemExists.get(itemId)) throw new DomainError('not_found');
        if (this.stmt.onLoan.get(accountId, itemId)) throw new DomainError('not_allowed');
        if (!this.stmt.activeFor.get(accountId, itemId)) fresh.push(itemId);
      }
      const active = this.stmt.activeCount.get(accountId)?.n ?? 0;
      if (active + fresh.length > this.d.config.maxHolds) throw new DomainError('not_allowed');
      const placed = fresh.map((itemId) => Number(this.stmt.insert.run(accountId, itemId, pickupBranch, now).lastInsertRowid));
      for (const itemId of unique) this.stmt.uncart.run(accountId, itemId);
      const views = placed.map((id) => this.view(this.stmt.one.get(id) as HoldRow));
      if (views.length && patron.settings.registrationMail) {
        for (const to of addressesFor(patron.settings, patron.settings.registrationTo)) {
          this.d.mailer.enqueue(holdsPlacedMail, {
            to,
            locale: patron.mailLocale,
            accountId,
            params: {
              name: patron.displayName,
              items: views.map((v) => ({ title: v.item.title, author: v.item.author })),
              pickupBranch: { ja: this.d.branches.name(pickupBranch, 'ja'), en: this.d.branches.name(pickupBranch, 'en') },
            },
          });
        }
      }
      return views;
    });
  }

  /** A ready item is already on the shelf at its branch, so only a waiting hold can move. */
  changePickup(accountId: number, holdId: number, pickupBranch: string): HoldView {
    if (!this.d.branches.has(pickupBranch)) throw new DomainError('invalid_input', { pickupBranch: 'invalid' });
    return inTransaction(this.d.db, () => {
      const row = this.own(accountId, holdId);
      if (row.status !== 'waiting') throw new DomainError('not_allowed');
      this.stmt.pickup.run(pickupBranch, holdId);
      return this.view(this.stmt.one.get(holdId) as HoldRow);
    });
  }

  setMail(accountId: number, holdId: number, notifyMail: boolean): HoldView {
    return inTransaction(this.d.db, () => {
      this.own(accountId, holdId);
      this.stmt.mail.run(notifyMail ? 1 : 0, holdId);
      return this.view(this.stmt.one.get(holdId) as HoldRow);
    });
  }

  cancel(accountId: number, holdId: number): void {
    inTransaction(this.d.db, () => this.end(this.own(accountId, holdId), 'patron'));
  }

  /** The library cancels a hold (item lost, pickup period over…). */
  cancelByLibrary(holdId: number): void {
    inTransaction(this.d.db, () => {
      const row = this.stmt.one.get(holdId);
      if (!row || (row.status !== 'waiting' && row.status !== 'ready')) throw new DomainError('not_found');
      this.end(row, 'library');
    });
  }

  /**
   * Cancels every ready hold whose お取り置き期限 is before `now`'s library day and passes the
   * copy to the next in line. Each hold ends in its own transaction with its mail, and an ended
   * hold is no longer 'ready', so running again (or after a restart half-way, or days late)
   * never mails anyone twice.
   */
  expireReady(now = this.d.clock.now()): number {
    const today = this.d.calendar.dateOf(now);
    let expired = 0;
    for (const { id } of this.stmt.overdueReady.all(today)) {
      expired += inTransaction(this.d.db, () => {
        const row = this.stmt.one.get(id);
        if (!row || row.status !== 'ready' || row.pickup_until === null || row.pickup_until >= today) return 0;
        this.end(row, 'expired');
        return 1;
      });
    }
    return expired;
  }

  private end(row: HoldRow, reason: HoldCancelledMail['reason']): void {
    this.stmt.end.run('cancelled', this.d.clock.now(), row.id);
    if (row.notify_mail === 1) {
      const patron = this.patron(row.account_id);
      for (const to of holdMailAddresses(patron)) {
        this.d.mailer.enqueue(holdCancelledMail, {
          to,
          locale: patron.mailLocale,
          accountId: patron.accountId,
          params: {
            name: patron.displayName,
            item: { title: row.i_title, author: row.i_author },
            reason,
            ...(reason === 'expired' && row.pickup_until ? { pickupUntil: row.pickup_until } : {}),
          },
        });
      }
    }
    // A ready copy that nobody will collect goes to the next person in the queue.
    if (row.status === 'ready') this.readyNextFor(row.i_id);
  }

  /** The item is at the pickup branch: ready until holdPickupDays from today. */
  markReady(holdId: number): void {
    inTransaction(this.d.db, () => {
      const row = this.stmt.one.get(holdId);
      if (!row || row.status !== 'waiting') throw new DomainError('not_allowed');
      const until = LibraryCalendar.addDays(this.d.calendar.dateOf(this.d.clock.now()), this.d.config.holdPickupDays);
      this.stmt.ready.run(this.d.clock.now(), until, holdId);
      if (row.notify_mail !== 1) return;
      const patron = this.patron(row.account_id);
      for (const to of holdMailAddresses(patron)) {
        this.d.mailer.enqueue(holdReadyMail, {
          to,
          locale: patron.mailLocale,
          accountId: patron.accountId,
          params: {
            name: patron.displayName,
            item: { title: row.i_title, author: row.i_author },
            pickupBranch: { ja: this.d.branches.name(row.pickup_branch, 'ja'), en: this.d.branches.name(row.pickup_branch, 'en') },
            pickupUntil: until,
          },
        });
      }
    });
  }

  /** Called when a copy comes back: the first waiting hold on it becomes ready. */
  readyNextFor(itemId: number): void {
    const next = this.stmt.firstWaiting.get(itemId);
    if (next) this.markReady(next.id);
  }

  /** The patron collected the item at the counter. */
  collect(holdId: number): void {
    inTransaction(this.d.db, () => {
      const row = this.stmt.one.get(holdId);
      if (!row || row.status !== 'ready') throw new DomainError('not_allowed');
      this.stmt.end.run('collected', this.d.clock.now(), holdId);
    });
  }
}
