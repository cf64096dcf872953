// Catalogue text and dates in the terminal's language. Dates always read in Japan time, in the
// seeds' style for Japanese (令和8年1月7日(水曜日) 13時30分).
import type { LocalizedText } from '../../../src-shared/contract/citizen';
import { CITY_TIME_ZONE, formatDate, formatDateTime, formatJapaneseTime } from '../../../src-shared/japanese-date';
import { useKiosk } from '../../stores/kiosk';

// The day buttons of a form's slot picker: short enough for several in a row (1月7日(水) / Wed 7 Jan).
const shortJapaneseDay = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', timeZone: CITY_TIME_ZONE });
const shortJapaneseWeekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: CITY_TIME_ZONE });
const shortEnglishDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: CITY_TIME_ZONE });
const englishTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CITY_TIME_ZONE });

function shortJapanese(epochMs: number): string {
  const [month, day] = shortJapaneseDay.format(epochMs).split('/');
  return `${month}月${day}日(${shortJapaneseWeekday.format(epochMs)})`;
}

export function useCityText() {
  const kiosk = useKiosk();
  return {
    text: (value: LocalizedText): string => value[kiosk.locale],
    when: (epochMs: number): string => formatDateTime(epochMs, kiosk.locale),
    day: (epochMs: number): string => formatDate(epochMs, kiosk.locale),
    shortDay: (epochMs: number): string => (kiosk.locale === 'ja' ? shortJapanese(epochMs) : shortEnglishDay.format(epochMs)),
    time: (epochMs: number): string => (kiosk.locale === 'ja' ? formatJapaneseTime(epochMs) : englishTime.format(epochMs)),
  };
}
