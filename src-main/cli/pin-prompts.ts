// Asking for the two staff PINs on the terminal, each twice, and saying plainly what was wrong.
import type { FieldErrorCode, FieldErrors } from '../../src-shared/errors';
import { type PinPair, pinPairSchema } from '../../src-shared/staff-pin';
import { fieldErrorsOf } from '../../src-shared/validation';
import type { CliIO } from './cli-io';

const LABELS: Record<string, string> = {
  pin: '利用者暗証番号 (login PIN)',
  pinAgain: '利用者暗証番号の再入力 (login PIN, again)',
  confirmPin: '利用者確認暗証番号 (confirmation PIN)',
  confirmPinAgain: '利用者確認暗証番号の再入力 (confirmation PIN, again)',
};

const REASONS: Partial<Record<FieldErrorCode, string>> = {
  required: '入力してください / required',
  too_short: '4文字以上にしてください / at least 4 characters',
  too_long: '12文字以内にしてください / at most 12 characters',
  format: '半角の英字・数字・記号だけが使えます / half-width letters, digits and symbols only',
  too_simple: '推測されやすい暗証番号です（同じ文字の繰り返し、1234 や abcd のような並び、利用者ID） / too easy to guess',
  mismatch: '再入力が一致しません / the repeat does not match',
  same_as_other: '利用者暗証番号と利用者確認暗証番号は別のものにしてください / must differ from the login PIN',
};

export function describeFieldErrors(fields: FieldErrors): string[] {
  return Object.entries(fields).map(([key, code]) => {
    const name = LABELS[key.replace(/^pins\./, '')] ?? key;
    return `  ${name}: ${(code && REASONS[code]) ?? code}`;
  });
}

/** Asks for both PINs twice. null when the input ended; the caller decides what a mistake means. */
export async function askPinPair(io: CliIO): Promise<{ pair: PinPair } | { fields: FieldErrors } | null> {
  const values: string[] = [];
  for (const key of ['pin', 'pinAgain', 'confirmPin', 'confirmPinAgain'] as const) {
    const value = await io.ask(`${LABELS[key]}: `, { hidden: true });
    if (value === null) return null;
    values.push(value);
  }
  const [pin, pinAgain, confirmPin, confirmPinAgain] = values as [string, string, string, string];
  const parsed = pinPairSchema.safeParse({ pin, pinAgain, confirmPin, confirmPinAgain });
  return parsed.success ? { pair: parsed.data } : { fields: fieldErrorsOf(parsed.error) };
}
