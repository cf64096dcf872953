// 予約した資料: holds with their queue position, pickup branch changes, per-hold mail choice and
// cancellation; placing holds from the 予約かご; and the library's side (an item becomes ready,
// the library cancels, or a ready item waits past its お取り置き期限). Mails follow the patron's
// settings and are queued in the same transaction as the change.
import type { HoldView } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { ReadiedHold } from '../library-system/library-system';
import { LibraryCalendar } from './calendar';
import type { LibraryDeps } from './deps';
import { insertedId } from '../store/inserted-id';
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

const SELECT = `SELECT h.*, ${ITEM_AS},
    CASE WHEN h.status = 'waiting' THEN
      (SELECT count(*) FROM holds q WHERE q.item_id = h.item_id AND q.status = 'waiting' AND q.id <= h.id)
    END AS queue_position
  FROM holds h JOIN catalogue_items i ON i.id = h.item_id`;
const LIST = `${SELECT} WHERE h.account_id = ? AND h.status IN ('waiting', 'ready') ORDER BY h.placed_at, h.id`;
const ONE = `${SELECT} WHERE h.id = ?`;
/** The hold row locked for a change: the patron, the counter and the expiry job may all reach it. */
const ONE_FOR_UPDATE = `${SELECT} WHERE h.id = ? FOR UPDATE OF h`;
const ACTIVE_COUNT = "SELECT count(*) AS n FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')";
const ACTIVE_FOR = "SELECT id FROM holds WHERE account_id = ? AND item_id = ? AND status IN ('waiting', 'ready')";
const ON_LOAN = 'SELECT id FROM loans WHERE account_id = ? AND item_id = ?';
const INSERT = 'INSERT INTO holds (account_id, item_id, pickup_branch, placed_at) VALUES (?, ?, ?, ?) RETURNING id';
const UNCART = 'DELETE FROM hold_cart WHERE account_id = ? AND item_id = ?';
const PICKUP = 'UPDATE holds SET pickup_branch = ? WHERE id = ?';
const MAIL = 'UPDATE holds SET notify_mail = ? WHERE id = ?';
const END = 'UPDATE holds SET status = ?, ended_at = ? WHERE id = ?';
const READY = "UPDATE holds SET status = 'ready', ready_at = ?, pickup_until = ? WHERE id = ?";
const FIRST_WAITING = "SELECT id FROM holds WHERE item_id = ? AND status = 'waiting' ORDER BY id LIMIT 1";
const ITEM_EXISTS = 'SELECT id FROM catalogue_items WHERE id = ?';
const OVERDUE_READY = "SELECT id FROM holds WHERE status = 'ready' AND pickup_until < ? ORDER BY id";

export class Holds {
  constructor(private readonly d: LibraryDeps) {}

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

  private async one(holdId: number): Promise<HoldView> {
    return this.view((await this.d.store.get<HoldRow>(ONE, [holdId])) as HoldRow);
  }

  /** The patron's active hold, locked; runs inside a transaction. */
  private async own(accountId: number, holdId: number): Promise<HoldRow> {
    const row = await this.d.store.get<HoldRow>(ONE_FOR_UPDATE, [holdId]);
    if (!row || row.account_id !== accountId || (row.status !== 'waiting' && row.status !== 'ready')) throw new DomainError('not_found');
    return row;
  }

  private async patron(accountId: number): Promise<Patron> {
    const p = await this.d.patrons.get(accountId);
    if (!p) throw new DomainError('not_found');
    return p;
  }

  async list(accountId: number): Promise<HoldView[]> {
    return (await this.d.store.all<HoldRow>(LIST, [accountId])).map((r) => this.view(r));
  }

  /**
   * 予約する for the chosen items, at one pickup branch. Items the patron already holds are only
   * taken out of the cart; an item the patron has on loan cannot be reserved.
   */
  async place(accountId: number, itemIds: number[], pickupBranch: string): Promise<HoldView[]> {
    if (!this.d.branches.has(pickupBranch)) throw new DomainError('invalid_input', { pickupBranch: 'invalid' });
    const { store } = this.d;
    return store.transaction(async () => {
      const patron = await this.patron(accountId);
      const now = this.d.clock.now();
      const unique = [...new Set(itemIds)];
      const fresh: number[] = [];
      for (const itemId of unique) {
        if (!(await store.get(ITEM_EXISTS, [itemId]))) throw new DomainError('not_found');
        if (await store.get(ON_LOAN, [accountId, itemId])) throw new DomainError('not_allowed');
        if (!(await store.get(ACTIVE_FOR, [accountId, itemId]))) fresh.push(itemId);
      }
      const active = (await store.get<{ n: number }>(ACTIVE_COUNT, [accountId]))?.n ?? 0;
      if (active + fresh.length > this.d.config.maxHolds) throw new DomainError('not_allowed');
      const placed: number[] = [];
      for (const itemId of fresh) placed.push(insertedId(await store.get<{ id: number }>(INSERT, [accountId, itemId, pickupBranch, now])));
      for (const itemId of unique) await store.run(UNCART, [accountId, itemId]);
      const views: HoldView[] = [];
      for (const id of placed) views.push(await this.one(id));
      if (views.length && patron.settings.registrationMail) {
        for (const to of addressesFor(patron.settings, patron.settings.registrationTo)) {
          await this.d.mailer.enqueue(holdsPlacedMail, {
            to,
            locale: patron.mailLocale,
            accountId,
            params: {
              name: patron.displayName,
              items: views.map((v) => ({ title: v.item.title, author: v.item.author })),
              pickupBranch: this.d.branches.names(pickupBranch),
            },
          });
        }
      }
      return views;
    });
  }

  /** A ready item is already on the shelf at its branch, so only a waiting hold can move. */
  async changePickup(accountId: number, holdId: number, pickupBranch: string): Promise<HoldView> {
    if (!this.d.branches.has(pickupBranch)) throw new DomainError('invalid_input', { pickupBranch: 'invalid' });
    return this.d.store.transaction(async () => {
      const row = await this.own(accountId, holdId);
      if (row.status !== 'waiting') throw new DomainError('not_allowed');
      await this.d.store.run(PICKUP, [pickupBranch, holdId]);
      return this.one(holdId);
    });
  }

  setMail(accountId: number, holdId: number, notifyMail: boolean): Promise<HoldView> {
    return this.d.store.transaction(async () => {
      await this.own(accountId, holdId);
      await this.d.store.run(MAIL, [notifyMail ? 1 : 0, holdId]);
      return this.one(holdId);
    });
  }

  async cancel(accountId: number, holdId: number): Promise<void> {
    await this.d.store.transaction(async () => this.end(await this.own(accountId, holdId), 'patron'));
  }

  /** The library cancels a hold (item lost, pickup period over…). */
  async cancelByLibrary(holdId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      const row = await this.d.store.get<HoldRow>(ONE_FOR_UPDATE, [holdId]);
      if (!row || (row.status !== 'waiting' && row.status !== 'ready')) throw new DomainError('not_found');
      await this.end(row, 'library');
    });
  }

  /**
   * Cancels every ready hold whose お取り置き期限 is before `now`'s library day and passes the
   * copy to the next in line. Each hold ends in its own transaction with its mail, and an ended
   * hold is no longer 'ready', so running again (or after a restart half-way, or days late, or on
   * two terminals at once) never mails anyone twice.
   */
  async expireReady(now = this.d.clock.now()): Promise<number> {
    const today = this.d.calendar.dateOf(now);
    let expired = 0;
    for (const { id } of await this.d.store.all<{ id: number }>(OVERDUE_READY, [today])) {
      const ended = await this.d.store.transaction(async () => {
        const row = await this.d.store.get<HoldRow>(ONE_FOR_UPDATE, [id]);
        if (!row || row.status !== 'ready' || row.pickup_until === null || row.pickup_until >= today) return 0;
        await this.end(row, 'expired');
        return 1;
      });
      expired += ended;
    }
    return expired;
  }

  /** Runs inside the caller's transaction, on a row it has locked. */
  private async end(row: HoldRow, reason: HoldCancelledMail['reason']): Promise<void> {
    await this.d.store.run(END, ['cancelled', this.d.clock.now(), row.id]);
    if (row.notify_mail === 1) {
      const patron = await this.patron(row.account_id);
      for (const to of holdMailAddresses(patron)) {
        await this.d.mailer.enqueue(holdCancelledMail, {
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
    if (row.status === 'ready') await this.readyNextFor(row.i_id);
  }

  /**
   * The item is at the pickup branch: ready until holdPickupDays from today. Says where it waits
   * and how the patron hears of it (the mails are queued in this transaction), for the counter.
   */
  async markReady(holdId: number): Promise<ReadiedHold> {
    const { store } = this.d;
    return store.transaction(async (): Promise<ReadiedHold> => {
      const row = await store.get<HoldRow>(ONE_FOR_UPDATE, [holdId]);
      if (!row || row.status !== 'waiting') throw new DomainError('not_allowed');
      const until = LibraryCalendar.addDays(this.d.calendar.dateOf(this.d.clock.now()), this.d.config.holdPickupDays);
      await store.run(READY, [this.d.clock.now(), until, holdId]);
      const patron = await this.patron(row.account_id);
      const readied: ReadiedHold = { pickupBranch: row.pickup_branch, pickupUntil: until, contact: 'none', mailsQueued: 0 };
      // A patron who asked to be telephoned is the counter's to call, whatever the per-hold mail says.
      if (patron.settings.holdContact === 'phone') readied.contact = 'phone';
      if (row.notify_mail !== 1) return readied;
      for (const to of holdMailAddresses(patron)) {
        readied.mailsQueued++;
        readied.contact = 'mail';
        await this.d.mailer.enqueue(holdReadyMail, {
          to,
          locale: patron.mailLocale,
          accountId: patron.accountId,
          params: {
            name: patron.displayName,
            item: { title: row.i_title, author: row.i_author },
            pickupBranch: this.d.branches.names(row.pickup_branch),
            pickupUntil: until,
          },
        });
      }
      return readied;
    });
  }

  /** Called when a copy comes back: the first waiting hold on it becomes ready (null: none waits). */
  async readyNextFor(itemId: number): Promise<ReadiedHold | null> {
    return this.d.store.transaction(async () => {
      const next = await this.d.store.get<{ id: number }>(FIRST_WAITING, [itemId]);
      return next ? this.markReady(next.id) : null;
    });
  }

  /** The counter lends the copy to the patron whose hold was first in line: the hold is done. */
  async fulfil(holdId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      const row = await this.d.store.get<HoldRow>(ONE_FOR_UPDATE, [holdId]);
      if (!row || (row.status !== 'waiting' && row.status !== 'ready')) throw new DomainError('not_allowed');
      await this.d.store.run(END, ['collected', this.d.clock.now(), holdId]);
    });
  }

  /** The patron collected the item at the counter. */
  async collect(holdId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      const row = await this.d.store.get<HoldRow>(ONE_FOR_UPDATE, [holdId]);
      if (!row || row.status !== 'ready') throw new DomainError('not_allowed');
      await this.d.store.run(END, ['collected', this.d.clock.now(), holdId]);
    });
  }
}
