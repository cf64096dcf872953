// Catalogue text and dates in the terminal's language. Dates always read in Japan time, in the
// seeds' style for Japanese (令和8年1月7日(水曜日) 13時30分) and each locale's own elsewhere
// (src-shared/localized-date.ts).
import type { LocalizedText } from '../../../src-shared/contract/citizen';
import { formatDate, formatDateTime, formatShortDay, formatTime } from '../../../src-shared/localized-date';
import { inLocale } from '../../../src-shared/localized-text';
import { useKiosk } from '../../stores/kiosk';

export function useCityText() {
  const kiosk = useKiosk();
  return {
    text: (value: LocalizedText): string => inLocale(value, kiosk.locale),
    when: (epochMs: number): string => formatDateTime(epochMs, kiosk.locale),
    day: (epochMs: number): string => formatDate(epochMs, kiosk.locale),
    // The day buttons of a form's slot picker: short enough for several in a row.
    shortDay: (epochMs: number): string => formatShortDay(epochMs, kiosk.locale),
    time: (epochMs: number): string => formatTime(epochMs, kiosk.locale),
  };
}
