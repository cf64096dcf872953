// The terminal: what main says about it (system name, kiosk or counter, idle times) and the
// choices made at it (language, text size), plus the one notice the home screen shows after the
// terminal was reset for the next person.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { Locale, TerminalInfo } from '../../src-shared/contract';
import type { ErrorCode } from '../../src-shared/errors';
import { inLocale } from '../../src-shared/localized-text';
import { invoke } from '../bridge';
import { setLocale } from '../i18n';
import { applyTextSize, readTextSize, type TextSize, writeTextSize } from './text-size';

export type ResetNotice = 'idle' | 'session_expired';

// What the screens assume until terminal.info answers (and if it never does).
const FALLBACK_IDLE = { kiosk: 120, counter: 300 } as const;
const FALLBACK_COUNTDOWN = 20;

export const useKiosk = defineStore('kiosk', () => {
  const info = ref<TerminalInfo | null>(null);
  const loadError = ref<ErrorCode | null>(null);
  const locale = ref<Locale>('ja');
  const textSize = ref<TextSize>(readTextSize());
  const notice = ref<ResetNotice | null>(null);

  const mode = computed(() => info.value?.mode ?? 'kiosk');
  const defaultLocale = computed<Locale>(() => info.value?.defaultLocale ?? 'ja');
  const systemName = computed(() => (info.value ? inLocale(info.value.systemName, locale.value) : ''));
  const idleSeconds = computed(() => info.value?.idle.seconds ?? FALLBACK_IDLE[mode.value]);
  const countdownSeconds = computed(() => info.value?.idle.countdownSeconds ?? FALLBACK_COUNTDOWN);
  const ready = computed(() => info.value !== null || loadError.value !== null);

  watch(locale, (value) => void setLocale(value), { immediate: true });
  watch(textSize, (value) => applyTextSize(value), { immediate: true });

  async function load(): Promise<void> {
    const result = await invoke('terminal.info', {});
    if (!result.ok) {
      loadError.value = result.error.code;
      return;
    }
    info.value = result.data;
    loadError.value = null;
    locale.value = result.data.defaultLocale;
  }

  function chooseLocale(value: Locale): void {
    locale.value = value;
  }

  function chooseTextSize(value: TextSize): void {
    textSize.value = value;
    writeTextSize(value);
  }

  /** Ready for the next person: their language goes, the terminal's settings stay. */
  function $reset(): void {
    locale.value = defaultLocale.value;
    notice.value = null;
  }

  return {
    info,
    loadError,
    locale,
    textSize,
    notice,
    mode,
    defaultLocale,
    systemName,
    idleSeconds,
    countdownSeconds,
    ready,
    load,
    chooseLocale,
    chooseTextSize,
    $reset,
  };
});
