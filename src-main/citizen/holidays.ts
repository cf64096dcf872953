// 国民の祝日 from @holiday-jp/holiday_jp: the Cabinet Office's list,振替休日 and 国民の休日
// included, kept up to date by the package (a law changing a holiday means a package update).
import holidayJp from '@holiday-jp/holiday_jp';
import type { LocalizedText } from '../../src-shared/contract/citizen';

const table = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;

/** The holiday on 'YYYY-MM-DD', or null on an ordinary day. */
export function nationalHoliday(day: string): LocalizedText | null {
  const holiday = table[day];
  return holiday ? { ja: holiday.name, en: holiday.name_en } : null;
}
