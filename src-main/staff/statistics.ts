// The statistics screen's service (issue 14): the range's numbers from each area, asked through the
// areas' index (the city's reservations, the library's lending), plus what belongs to no area —
// sessions started per terminal (successful logins in the audit log) and mails by template (the
// outbox). Reading is not audited (it changes nothing); a CSV export is, because data leaves.
import type { StatisticsRange, StatisticsReport, StatisticsTable } from '../../src-shared/contract/statistics';
import { machineOf } from '../auth/terminal-throttle';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import { daysBetween, rangeBounds, type ReservationStatistics } from '../citizen';
import { writeCsvExport, type WrittenExport } from '../export/csv-file';
import type { LendingStatistics } from '../library';
import type { Store } from '../store/store';
import { statisticsCsv } from './statistics-csv';

// A session starts with the account's successful login, audited as account.login_succeeded on the
// terminal, whatever the way in (利用者キー, card, xID, staff PIN); the target names the account's kind.
const SESSIONS = `SELECT terminal,
    CASE WHEN target LIKE 'citizen:%' THEN 'citizen' WHEN target LIKE 'patron:%' THEN 'patron' WHEN target LIKE 'staff:%' THEN 'staff' ELSE 'other' END AS kind,
    count(*) AS n
  FROM audit_log WHERE action = 'account.login_succeeded' AND at >= ? AND at < ?
  GROUP BY terminal, CASE WHEN target LIKE 'citizen:%' THEN 'citizen' WHEN target LIKE 'patron:%' THEN 'patron' WHEN target LIKE 'staff:%' THEN 'staff' ELSE 'other' END`;
const MAILS = `SELECT template, status, count(*) AS n FROM outbox WHERE created_at >= ? AND created_at < ? GROUP BY template, status`;

/** The statements, for the bench's raw baseline (the same texts the app sends). */
export const STAFF_STATISTICS_SQL = { SESSIONS, MAILS } as const;

export interface StatisticsDeps {
  store: Store;
  audit: AuditLog;
  dataDir: string;
  reservations: Pick<ReservationStatistics, 'between'>;
  lending: Pick<LendingStatistics, 'between'>;
}

export class Statistics {
  constructor(private readonly d: StatisticsDeps) {}

  async report({ from, to }: StatisticsRange): Promise<StatisticsReport> {
    const [start, end] = rangeBounds(from, to);
    const [city, lendingDays, sessions, mails] = await Promise.all([
      this.d.reservations.between(from, to),
      this.d.lending.between(daysBetween(from, to), start, end),
      this.d.store.all<{ terminal: string; kind: string; n: number }>(SESSIONS, [start, end]),
      this.d.store.all<{ template: string; status: string; n: number }>(MAILS, [start, end]),
    ]);
    // A machine's windows ("kiosk-1/window-2") are one terminal to the clerk reading the table.
    const terminals = new Map<string, StatisticsReport['terminals'][number]>();
    for (const s of sessions) {
      const name = machineOf(s.terminal);
      const row = terminals.get(name) ?? { terminal: name, citizen: 0, patron: 0, staff: 0 };
      if (s.kind === 'citizen' || s.kind === 'patron' || s.kind === 'staff') row[s.kind] += Number(s.n);
      terminals.set(name, row);
    }
    const byTemplate = new Map<string, StatisticsReport['mails'][number]>();
    for (const m of mails) {
      const row = byTemplate.get(m.template) ?? { template: m.template, sent: 0, failed: 0, pending: 0 };
      if (m.status === 'sent') row.sent += Number(m.n);
      else if (m.status === 'failed') row.failed += Number(m.n);
      else row.pending += Number(m.n);
      byTemplate.set(m.template, row);
    }
    return {
      from,
      to,
      reservationDays: city.days,
      events: city.events,
      lendingDays,
      terminals: [...terminals.values()].sort((a, b) => a.terminal.localeCompare(b.terminal)),
      mails: [...byTemplate.values()].sort((a, b) => a.template.localeCompare(b.template)),
    };
  }

  /** 統計_<table>_<from>_<to>.csv in the data folder's exports/ (the date in the name is `to`'s). */
  async export(range: StatisticsRange, table: StatisticsTable, by: Actor): Promise<WrittenExport & { rows: number }> {
    const report = await this.report(range);
    const csv = statisticsCsv(report, table);
    const written = writeCsvExport(this.d.dataDir, `${csv.baseName}_${range.from}`, range.to, csv.table);
    // After the file exists: the audit row says what left the database, and a failed write left nothing.
    await this.d.audit.append({
      ...by,
      action: 'statistics.export',
      target: null,
      outcome: 'ok',
      detail: { table, from: range.from, to: range.to, rows: csv.table.rows.length, file: written.fileName },
    });
    return { ...written, rows: csv.table.rows.length };
  }
}
