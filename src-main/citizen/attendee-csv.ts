// The attendee list as a CSV table (参加者一覧): one row per active reservation, in time order, with
// what the counter needs on the day. Japanese headers: the file is read by the city's own staff.
import type { CsvTable } from '../export/csv-file';
import { dayOf, timeOf } from './city-calendar';
import type { AttendeeRow, EventRow } from './event-store';

export const ATTENDEE_HEADER = ['予約番号', '催し', '日付', '開始', '氏名', '利用者キー', '電話番号', '接種回', '来場'] as const;

export function attendeeTable(event: EventRow, rows: readonly AttendeeRow[]): CsvTable {
  return {
    header: ATTENDEE_HEADER,
    rows: rows.map((r) => [
      r.reservationId,
      event.titleJa,
      // 2027-01-12 and 09:30: a spreadsheet sorts and filters these as dates and times.
      dayOf(r.startsAt),
      timeOf(r.startsAt),
      r.name,
      r.userKey,
      r.phone,
      r.dose === null ? '' : `${r.dose}回目`,
      r.attendedAt === null ? '' : '来場',
    ]),
  };
}
