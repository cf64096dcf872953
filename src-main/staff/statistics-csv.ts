// Each statistics table as a CSV table, with Japanese headers: the files are read by the site's
// own staff in a spreadsheet. Numbers stay numbers (a spreadsheet sums them); the fill rate is a
// percentage with one decimal, blank where no seat was offered.
import { fillRate, type StatisticsReport, type StatisticsTable } from '../../src-shared/contract/statistics';
import type { CsvTable } from '../export/csv-file';

export function statisticsCsv(report: StatisticsReport, table: StatisticsTable): { baseName: string; table: CsvTable } {
  switch (table) {
    case 'reservationDays':
      return {
        baseName: '統計_予約_日別',
        table: {
          header: ['日付', '予約受付', '取消', '定員', '予約済', '充足率(%)', '来場', '無断欠席'],
          rows: report.reservationDays.map((r) => [r.day, r.reserved, r.cancelled, r.capacity, r.booked, fillRate(r.booked, r.capacity), r.attended, r.noShows]),
        },
      };
    case 'events':
      return {
        baseName: '統計_予約_催し別',
        table: {
          header: ['催し', '枠数', '定員', '予約済', '充足率(%)', '取消', '来場', '無断欠席'],
          rows: report.events.map((r) => [r.title, r.slots, r.capacity, r.booked, fillRate(r.booked, r.capacity), r.cancelled, r.attended, r.noShows]),
        },
      };
    case 'lendingDays':
      return {
        baseName: '統計_図書館',
        table: {
          header: ['日付', '貸出', '返却', '予約受付', '返却期限のお知らせ'],
          rows: report.lendingDays.map((r) => [r.day, r.loans, r.returns, r.holds, r.reminders]),
        },
      };
    case 'terminals':
      return {
        baseName: '統計_端末利用',
        table: {
          header: ['端末', '市民の利用', '図書館利用者の利用', '職員の利用'],
          rows: report.terminals.map((r) => [r.terminal, r.citizen, r.patron, r.staff]),
        },
      };
    case 'mails':
      return {
        baseName: '統計_メール',
        table: {
          header: ['テンプレート', '送信済', '送信失敗', '送信待ち'],
          rows: report.mails.map((r) => [r.template, r.sent, r.failed, r.pending]),
        },
      };
  }
}
