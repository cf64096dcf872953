// Weekdays in words for the branch screens: 月火水木金 for a list, 毎日 when all seven.
import { useI18n } from 'vue-i18n';
import { weekdays } from '../../../src-shared/contract/catalogue';

export function useWeekdayText() {
  const { t } = useI18n();
  const dayName = (d: number) => t(`catalogue.weekdays.d${d}`);
  return {
    dayName,
    /** The open weekdays, Monday first as a Japanese week is read. */
    openText(open: readonly number[]): string {
      if (open.length === 7) return t('catalogue.branches.everyDay');
      if (open.length === 0) return t('catalogue.branches.noDay');
      return [1, 2, 3, 4, 5, 6, 0].filter((d) => open.includes(d)).map(dayName).join('・');
    },
    /** Monday first. */
    week: [...weekdays.slice(1), 0] as number[],
  };
}
