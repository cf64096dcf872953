// The lending screens' sentences for a refused scan or a failed call, each naming its field: the
// refusal's own words (with the code that was read), a field mistake in that field's words, or a
// fault (the ILS or the store down) after the field's name.
import { useI18n } from 'vue-i18n';
import type { CardRefusal, CheckinRefusal, CheckoutRefusal } from '../../../src-shared/contract/lending';
import type { AppError } from '../../../src-shared/errors';
import { useErrorText } from '../../forms/error-text';

export type LendingField = 'cardNumber' | 'itemCode';

export function useLendingMessages() {
  const { t } = useI18n();
  const { errorText, fieldErrorText } = useErrorText();
  const label = (field: LendingField) => t(field === 'cardNumber' ? 'lending.field.card' : 'lending.field.item');
  return {
    failure(error: AppError, field: LendingField): string {
      const code = error.fields?.[field];
      if (error.code === 'invalid_input' && code) {
        return fieldErrorText(code, field === 'cardNumber' ? 'lending.field.cardErrors' : 'lending.field.itemErrors');
      }
      return `${label(field)}：${errorText(error.code)}`;
    },
    card(reason: CardRefusal, code: string): string {
      return t(`lending.cardRefusals.${reason}`, { code });
    },
    item(reason: CheckoutRefusal | CheckinRefusal, code: string, title: string, max: number, message: string | null): string {
      const sentence = t(`lending.itemRefusals.${reason}`, { code, title, max });
      return message ? `${sentence} ${t('lending.ilsSays', { message })}` : sentence;
    },
  };
}
