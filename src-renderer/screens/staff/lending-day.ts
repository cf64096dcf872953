// A loan's due date ('YYYY-MM-DD', a library-local day) as the terminal's language writes dates.
import { formatDate } from '../../../src-shared/localized-date';
import { useKiosk } from '../../stores/kiosk';

export function useLendingDay(): (date: string) => string {
  const kiosk = useKiosk();
  // Noon in Japan: the day is the same in every zone the formatter may meet.
  return (date) => formatDate(Date.parse(`${date}T12:00:00+09:00`), kiosk.locale);
}
