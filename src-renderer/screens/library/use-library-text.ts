// Dates and branch names of the library screens in the terminal's language. Due dates are
// library-local calendar days ('YYYY-MM-DD'), shown in the seeds' style (令和8年1月6日(火曜日)).
import { inLocale } from '../../../src-shared/localized-text';
import { formatDate } from '../../../src-shared/localized-date';
import type { BranchInfo } from '../../../src-shared/contract/library';
import { useKiosk } from '../../stores/kiosk';

export function useLibraryText() {
  const kiosk = useKiosk();
  return {
    day: (date: string): string => formatDate(Date.parse(`${date}T12:00:00+09:00`), kiosk.locale),
    instant: (epochMs: number): string => formatDate(epochMs, kiosk.locale),
    branch: (branches: readonly BranchInfo[], code: string): string => {
      const found = branches.find((b) => b.code === code);
      return found ? inLocale(found, kiosk.locale) : code;
    },
  };
}
