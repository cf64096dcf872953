// A form's values, its per-field errors and its banner error, checked with the same zod schema
// that main uses, so a mistake is shown before anything is sent and a server answer lands under
// the same inputs. The first invalid input gets the focus, so the person sees where to look.
// After a 'throttled' answer the form stays busy (its submit button disabled) while the terminal's
// countdown runs, and the banner goes away when it ends.
import { computed, nextTick, reactive, ref, type UnwrapNestedRefs, watch } from 'vue';
import type { z } from 'zod';
import type { AppError, ErrorCode, FieldErrorCode, Result } from '../../src-shared/errors';
import { validate } from '../../src-shared/validation';
import { startThrottleWait, throttleSecondsLeft } from './throttle-wait';

type Values<S extends z.ZodType> = z.input<S> & Record<string, unknown>;

export interface Form<S extends z.ZodType> {
  values: UnwrapNestedRefs<Values<S>>;
  errors: Partial<Record<keyof Values<S> & string, FieldErrorCode>>;
  /** The banner above the form: invalid_input after a client check, or the server's answer. */
  formError: ErrorCode | null;
  /** True while a submit waits for main, or the terminal waits after 'throttled'; a tap is ignored. */
  busy: boolean;
  /** Checks every field; on failure shows the errors and focuses the first invalid input. */
  check(): z.output<S> | null;
  /** Checks, sends, and on failure shows the server's codes; resolves the data or null. */
  submit<T>(send: (value: z.output<S>) => Promise<Result<T>>): Promise<T | null>;
  showError(error: AppError): void;
  clearErrors(): void;
  reset(): void;
}

function focusFirstInvalid(): void {
  void nextTick(() => {
    const input = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    input?.focus();
  });
}

export function useForm<S extends z.ZodType>(schema: S, initial: Values<S>): Form<S> {
  const snapshot = structuredClone(initial);
  const values = reactive(structuredClone(initial)) as UnwrapNestedRefs<Values<S>>;
  const errors = reactive<Partial<Record<string, FieldErrorCode>>>({});
  const formError = ref<ErrorCode | null>(null);
  const sending = ref(false);
  const waiting = computed(() => formError.value === 'throttled' && throttleSecondsLeft.value > 0);
  const busy = computed(() => sending.value || waiting.value);
  // The wait is over: the person may try again, and the banner that asked them to wait goes.
  watch(waiting, (now, before) => {
    if (before && !now && formError.value === 'throttled') formError.value = null;
  });

  function clearErrors(): void {
    for (const key of Object.keys(errors)) delete errors[key];
    formError.value = null;
  }

  function showError(error: AppError): void {
    clearErrors();
    if (error.code === 'throttled') startThrottleWait(error.retryAfterSeconds ?? 1);
    formError.value = error.code;
    let anyField = false;
    for (const [key, code] of Object.entries(error.fields ?? {})) {
      // Only codes for inputs this form has; the rest is covered by the banner.
      if (code && key in values) {
        errors[key] = code;
        anyField = true;
      }
    }
    if (anyField) focusFirstInvalid();
  }

  function check(): z.output<S> | null {
    const result = validate(schema, values);
    if (result.ok) {
      clearErrors();
      return result.value;
    }
    showError({ code: 'invalid_input', fields: result.fields });
    return null;
  }

  async function submit<T>(send: (value: z.output<S>) => Promise<Result<T>>): Promise<T | null> {
    if (busy.value) return null;
    const value = check();
    if (value === null) return null;
    sending.value = true;
    try {
      const result = await send(value);
      if (result.ok) return result.data;
      showError(result.error);
      return null;
    } finally {
      sending.value = false;
    }
  }

  function reset(): void {
    Object.assign(values, structuredClone(snapshot));
    clearErrors();
  }

  // One reactive object, so templates read form.busy and form.formError without .value.
  return reactive({
    values,
    errors,
    formError,
    busy,
    check,
    submit,
    showError,
    clearErrors,
    reset,
  }) as Form<S>;
}
