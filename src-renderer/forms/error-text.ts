// From codes to sentences. Screens never show a code: an ErrorCode becomes errors.<code>, a field
// code becomes the screen's own sentence for that field when it has one, else fieldErrors.<code>.
import { useI18n } from 'vue-i18n';
import type { ErrorCode, FieldErrorCode } from '../../src-shared/errors';
import { throttleSecondsLeft } from './throttle-wait';

export function useErrorText() {
  const { t, te } = useI18n();
  return {
    /** The friendly sentence for an error code. */
    errorText(code: ErrorCode): string {
      // The one sentence with a number: the terminal's wait, as it stands now.
      if (code === 'throttled') return t('errors.throttled', { seconds: throttleSecondsLeft.value });
      return t(`errors.${code}`);
    },
    /**
     * The sentence for a field problem. `specific` is a message key prefix of the screen (e.g.
     * 'library.login.card'); `<specific>.<code>` wins when the area wrote one ("13桁の数字で…").
     */
    fieldErrorText(code: FieldErrorCode, specific?: string): string {
      if (specific && te(`${specific}.${code}`)) return t(`${specific}.${code}`);
      return t(`fieldErrors.${code}`);
    },
  };
}
