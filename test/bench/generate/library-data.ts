// The library's rows: branches, the catalogue (through its FTS5 trigger), current loans (some
// due on the reminder day), holds and the opt-in loan history.
import { DEMO_BRANCHES } from '../../../src-main/config/library';
import { LibraryCalendar } from '../../../src-main/library/calendar';
import type { SqliteDb } from '../../../src-main/store/sqlite-store';
import { inChunks } from './bulk-load';
import { type Layout, LOGIN_PATRONS, SESSION_HISTORY_ROWS, SESSION_PATRONS } from './layout';
import { catalogueEntry } from './names';
import type { Random } from './random';
import type { Sizes } from './sizes';

const DAY = 86_400_000;
const SESSION_LOANS = 10;
const SESSION_HOLDS = 5;

export function insertBranches(db: SqliteDb): void {
  const insert = db.prepare('INSERT INTO library_branches (code, name_ja, name_tr, sort_order, active) VALUES (?, ?, ?, ?, 1)');
  DEMO_BRANCHES.forEach((b, i) => insert.run(b.code, b.ja, JSON.stringify({ en: b.en }), i));
}

export function insertCatalogue(db: SqliteDb, sizes: Sizes, random: Random, now: number): void {
  const insert = db.prepare('INSERT INTO catalogue_items (id, title, author, publisher, year, kind, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  inChunks(db, sizes.catalogue, (i) => {
    const e = catalogueEntry(random, i);
    insert.run(i + 1, e.title, e.author, e.publisher, e.year, i % 20 === 0 ? 'ebook' : 'book', now - (sizes.catalogue - i) * 60_000);
  });
}

export interface LoanPlan {
  /** Library-local date the reminder job runs for, and its instant (08:00 that day). */
  reminderDay: string;
  runAt: number;
  dueDate: string;
}

export function planReminders(now: number): LoanPlan {
  const calendar = new LibraryCalendar('Asia/Tokyo');
  // Ten days ahead, so a data folder reused with --data over the next days still has the loans out.
  const reminderDay = LibraryCalendar.addDays(calendar.dateOf(now), 10);
  return { reminderDay, runAt: calendar.at(reminderDay, '08:00'), dueDate: LibraryCalendar.addDays(reminderDay, 1) };
}

export function insertLoans(db: SqliteDb, sizes: Sizes, layout: Layout, plan: LoanPlan, random: Random, now: number): void {
  const insert = db.prepare('INSERT INTO loans (id, account_id, item_id, branch, loaned_at, due_date, renewals) VALUES (?, ?, ?, ?, ?, ?, 0)');
  const calendar = new LibraryCalendar('Asia/Tokyo');
  const today = calendar.dateOf(now);
  const branches = DEMO_BRANCHES.map((b) => b.code);
  const sessionLoans = SESSION_PATRONS * SESSION_LOANS;
  // Reminder patrons are every third ordinary patron; due loans cycle through them.
  const ordinaryFirst = layout.lockedFirst + layout.targets;
  const firstReminder = ordinaryFirst + ((3 - (ordinaryFirst % 3)) % 3);
  const reminderPatrons = Math.max(1, Math.floor((sizes.patrons - firstReminder) / 3));
  const patron = (i: number) => layout.patronBase + 1 + i;
  const item = () => 1 + random.int(sizes.catalogue);
  let id = 0;
  inChunks(db, sizes.currentLoans, (n) => {
    id++;
    let account: number;
    let due: string;
    if (n < sessionLoans) {
      account = patron(LOGIN_PATRONS + Math.floor(n / SESSION_LOANS));
      due = LibraryCalendar.addDays(today, 1 + (n % 14));
    } else if (n < sessionLoans + sizes.dueLoans) {
      account = patron(firstReminder + 3 * ((n - sessionLoans) % reminderPatrons));
      due = plan.dueDate;
    } else {
      account = patron(ordinaryFirst + random.int(sizes.patrons - ordinaryFirst));
      due = LibraryCalendar.addDays(today, -5 + random.int(40));
      // Keep the reminder day's count exact: other loans fall due on any day but that one.
      if (due === plan.dueDate) due = LibraryCalendar.addDays(due, 1);
    }
    const loaned = calendar.startOfDay(LibraryCalendar.addDays(due, -14));
    insert.run(id, account, item(), random.pick(branches), loaned, due);
  });
}

export function insertHolds(db: SqliteDb, sizes: Sizes, layout: Layout, random: Random, now: number): void {
  const insert = db.prepare(
    `INSERT INTO holds (id, account_id, item_id, pickup_branch, status, notify_mail, placed_at, ready_at, pickup_until) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const taken = new Set<string>();
  const branches = DEMO_BRANCHES.map((b) => b.code);
  const ordinaryFirst = layout.lockedFirst + layout.targets;
  let id = 0;
  inChunks(db, sizes.holds, (n) => {
    const account =
      n < SESSION_PATRONS * SESSION_HOLDS
        ? layout.patronBase + 1 + LOGIN_PATRONS + Math.floor(n / SESSION_HOLDS)
        : layout.patronBase + 1 + ordinaryFirst + random.int(sizes.patrons - ordinaryFirst);
    let item = 1 + random.int(sizes.catalogue);
    // At most one active hold per patron and item (a unique index says so).
    while (taken.has(`${account}:${item}`)) item = 1 + random.int(sizes.catalogue);
    taken.add(`${account}:${item}`);
    const ready = random.chance(0.2);
    const placed = now - (1 + random.int(60)) * DAY;
    id++;
    insert.run(id, account, item, random.pick(branches), ready ? 'ready' : 'waiting', placed, ready ? now - DAY : null, ready ? '2099-01-01' : null);
  });
}

export function insertHistory(db: SqliteDb, sizes: Sizes, layout: Layout, random: Random, now: number): void {
  const insert = db.prepare('INSERT INTO loan_history (id, account_id, item_id, branch, loaned_at, returned_at) VALUES (?, ?, ?, ?, ?, ?)');
  const branches = DEMO_BRANCHES.map((b) => b.code);
  const sessionRows = SESSION_PATRONS * SESSION_HISTORY_ROWS;
  const ordinaryFirst = layout.lockedFirst + layout.targets;
  // Patrons keeping a history among the ordinary ones: i ≡ 1 (mod 4).
  const firstKeeper = ordinaryFirst + ((5 - (ordinaryFirst % 4)) % 4);
  const keepers = Math.max(1, Math.floor((sizes.patrons - firstKeeper) / 4));
  inChunks(db, sizes.loanHistory, (n) => {
    const index = n < sessionRows ? LOGIN_PATRONS + Math.floor(n / SESSION_HISTORY_ROWS) : firstKeeper + 4 * random.int(keepers);
    const returned = now - (1 + random.int(5 * 365)) * DAY - random.int(DAY);
    insert.run(n + 1, layout.patronBase + 1 + index, 1 + random.int(sizes.catalogue), random.pick(branches), returned - 14 * DAY, returned);
  }, 200_000);
}
