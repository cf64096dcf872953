// Catalogue text and dates in the terminal's language. Dates always read in Japan time, in the
// seeds' style for Japanese (令和8年1月7日(水曜日) 13時30分).
import type { LocalizedText } from '../../../src-shared/contract/citizen';
import { formatDate, formatDateTime } from '../../../src-shared/japanese-date';
import { useKiosk } from '../../stores/kiosk';

export function useCityText() {
  const kiosk = useKiosk();
  return {
    text: (value: LocalizedText): string => value[kiosk.locale],
    when: (epochMs: number): string => formatDateTime(epochMs, kiosk.locale),
    day: (epochMs: number): string => formatDate(epochMs, kiosk.locale),
  };
}
