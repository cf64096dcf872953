// 返却期限通知: once a day at the configured time, for each patron with 配信 on, one mail per
// loan due in exactly the chosen number of days, to the ticked destinations.
//
// Exactly once: each mail is queued in the same transaction as its reminder_log row, keyed by
// (loan, due date); the row is inserted with ON CONFLICT DO NOTHING and the mail queued only when
// the insert took, so a second run, a restart half-way or a run on another terminal at the same
// time never sends it twice. (The scheduled job also claims its day, so normally only one terminal
// of a site runs it at all: services.ts.)
// Loans are reminded in chunks, one transaction per chunk: with synchronous=FULL every commit
// waits for the disk (1–4 ms), so one commit per loan made 100,000 reminders take 107 s. A crash
// mid-chunk rolls the whole chunk back, log rows and mails together, and the next run redoes it.
// Catch-up: the job remembers the last day it completed; after days with the machine off it
// covers those days too, but only for loans still out (a returned loan is gone) and not yet
// overdue — a reminder for a date already past would be stale.
import { DUE_NOTICE_DAYS_MAX } from '../../src-shared/contract/library';
import { LibraryCalendar } from './calendar';
import type { LibraryDeps } from './deps';
import { JobState, latestDueDay } from './job-state';
import { dueReminderMail } from './mails';
import { addressesFor, type Patron, type PatronRowDb, patronFromRow } from './patron-store';

export const DUE_REMINDER_JOB = 'library.due_reminders';
/** The longest catch-up: the largest 日前 choice; older missed days could only produce stale mail. */
const CATCH_UP_DAYS = 7;
/**
 * Loans per transaction: one chunk holds the write lock and the main process for ~40 ms at
 * municipal scale (100,000 reminders: 500 → 5.3 s, 1,000 → 4.4 s, 2,000 → 3.9 s on the bench).
 */
export const REMINDER_CHUNK = 1000;

/** Between chunks the main process answers the kiosks' calls: a run can last seconds. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A loan with its patron's row: reading the patron per loan (100,000 look-ups) took seconds. */
interface Candidate extends PatronRowDb {
  loan_id: number;
  due_date: string;
  branch: string;
  title: string;
  author: string;
}

export interface ReminderRun {
  days: string[];
  queued: number;
}

// Open loans due in the window, of patrons who asked for reminders, not yet reminded.
const CANDIDATES = `SELECT p.*, a.login_id, a.display_name, a.name_kana, l.id AS loan_id, l.due_date, l.branch, i.title, i.author
  FROM loans l
  JOIN patrons p ON p.account_id = l.account_id AND p.due_notice = 1
  JOIN accounts a ON a.id = l.account_id
  JOIN catalogue_items i ON i.id = l.item_id
  WHERE l.due_date BETWEEN ? AND ?
    AND NOT EXISTS (SELECT 1 FROM reminder_log r WHERE r.loan_id = l.id AND r.due_date = l.due_date)
  ORDER BY l.account_id, l.due_date, l.id`;
// The same for one patron, whose 返却期限通知 has just been switched on (in the saving transaction).
const PATRON_CANDIDATES = `SELECT p.*, a.login_id, a.display_name, a.name_kana, l.id AS loan_id, l.due_date, l.branch, i.title, i.author
  FROM loans l
  JOIN patrons p ON p.account_id = l.account_id AND p.due_notice = 1
  JOIN accounts a ON a.id = l.account_id
  JOIN catalogue_items i ON i.id = l.item_id
  WHERE l.account_id = ? AND l.due_date BETWEEN ? AND ?
    AND NOT EXISTS (SELECT 1 FROM reminder_log r WHERE r.loan_id = l.id AND r.due_date = l.due_date)
  ORDER BY l.due_date, l.id`;
// One row when the loan is still out with that due date and no run has logged it yet: checked and
// written in one statement, inside the chunk's transaction. (SQLite needs the WHERE for the
// ON CONFLICT of an INSERT … SELECT to parse.)
const LOG = `INSERT INTO reminder_log (loan_id, due_date, sent_at)
  SELECT l.id, l.due_date, ? FROM loans l WHERE l.id = ? AND l.due_date = ?
  ON CONFLICT (loan_id, due_date) DO NOTHING`;

export class DueReminders {
  private readonly state: JobState;

  constructor(private readonly d: LibraryDeps) {
    this.state = new JobState(d.store);
  }

  /**
   * With library.system = sip2 the loans are the ILS's, and so are the due-date notices: Madoguchi
   * sends none, not even for rows left in its own loans table from before the switch.
   */
  private ilsOwnsLoans(): boolean {
    return this.d.config.system === 'sip2';
  }

  async run(now = this.d.clock.now(), chunkSize = REMINDER_CHUNK): Promise<ReminderRun> {
    // The ILS owns the loans and sends its own notices (docs/architecture.md): one reminder per loan.
    if (this.ilsOwnsLoans()) return { days: [], queued: 0 };
    const { calendar } = this.d;
    const latest = latestDueDay(calendar, this.d.config.reminderTime, now);
    const last = await this.state.lastDate(DUE_REMINDER_JOB);
    const earliestAllowed = LibraryCalendar.addDays(latest, -CATCH_UP_DAYS + 1);
    let first = last === null ? latest : LibraryCalendar.addDays(last, 1);
    if (first < earliestAllowed) first = earliestAllowed;
    if (first > latest) return { days: [], queued: 0 };
    const days: string[] = [];
    for (let day = first; day <= latest; day = LibraryCalendar.addDays(day, 1)) days.push(day);

    const today = calendar.dateOf(now);
    const from = LibraryCalendar.addDays(first, 1);
    const to = LibraryCalendar.addDays(latest, CATCH_UP_DAYS);
    // At most 15 due dates × 7 choices of 日前 among 100,000 loans: each answer is worked out once.
    const sendsNow = new Map<string, boolean>();
    const candidates = await this.d.store.all<Candidate>(CANDIDATES, [from, to]);
    const wanted = candidates.filter((c) => {
      const key = `${c.due_date}:${c.due_notice_days}`;
      let sends = sendsNow.get(key);
      if (sends === undefined) {
        const sendDay = LibraryCalendar.addDays(c.due_date, -c.due_notice_days);
        sends = sendDay >= first && sendDay <= latest && c.due_date >= today;
        sendsNow.set(key, sends);
      }
      return sends;
    });

    let queued = 0;
    for (let i = 0; i < wanted.length; i += chunkSize) {
      if (i > 0) await nextTurn();
      const sent = await this.remindChunk(wanted.slice(i, i + chunkSize), now);
      queued += sent;
    }
    await this.state.finished(DUE_REMINDER_JOB, latest);
    return { days, queued };
  }

  /**
   * For a patron who has just switched 返却期限通知 on, or moved it earlier (more 日前): the
   * reminders whose send day has already come — the day of the last run that is due, today once
   * the run time has passed, or before — for loans not yet past due. The job only looks at send
   * days it has not run yet, so without this a loan due tomorrow waits for no reminder at all when
   * 1日前 is switched on after today's run. Call it inside the transaction that saved the settings:
   * its reminder_log rows and mails commit with them, and the job (or a second save) finds the
   * rows and sends nothing again. Returns the mails queued.
   */
  async catchUpPatron(accountId: number, now = this.d.clock.now()): Promise<number> {
    if (this.ilsOwnsLoans()) return 0;
    const { calendar } = this.d;
    const latest = latestDueDay(calendar, this.d.config.reminderTime, now);
    const today = calendar.dateOf(now);
    const candidates = await this.d.store.all<Candidate>(PATRON_CANDIDATES, [accountId, today, LibraryCalendar.addDays(latest, DUE_NOTICE_DAYS_MAX)]);
    let queued = 0;
    for (const c of candidates) {
      // A send day still to come belongs to a run still to come.
      if (LibraryCalendar.addDays(c.due_date, -c.due_notice_days) > latest) continue;
      queued += await this.remind(c, patronFromRow(c), now);
    }
    return queued;
  }

  /**
   * One transaction for the chunk: each loan's log row and its mails commit together or not at all.
   * The patron's settings are those read at the start of the run (seconds earlier).
   */
  private remindChunk(chunk: readonly Candidate[], now: number): Promise<number> {
    return this.d.store.transaction(async () => {
      let queued = 0;
      for (const c of chunk) queued += await this.remind(c, patronFromRow(c), now);
      return queued;
    });
  }

  /** Runs inside the chunk's transaction. */
  private async remind(c: Candidate, patron: Patron, now: number): Promise<number> {
    // Another run may have got here first, or the loan been returned or renewed since the read.
    if ((await this.d.store.run(LOG, [now, c.loan_id, c.due_date])).changes === 0) return 0;
    const addresses = addressesFor(patron.settings, patron.settings.dueNoticeTo);
    for (const to of addresses) {
      await this.d.mailer.enqueue(dueReminderMail, {
        to,
        locale: patron.mailLocale,
        accountId: patron.accountId,
        params: {
          name: patron.displayName,
          item: { title: c.title, author: c.author },
          dueDate: c.due_date,
          branch: this.d.branches.names(c.branch),
        },
      });
    }
    return addresses.length;
  }
}
