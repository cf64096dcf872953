// The terminal's wait after too many wrong secrets: main answers 'throttled' with the seconds to
// wait (auth/terminal-throttle.ts). Main throttles the machine, not a screen, so there is one
// countdown for the whole renderer: bridge.ts starts it from any answer, the banner shows the
// seconds left, and a form's submit button stays disabled until it reaches 0.
import { computed, ref } from 'vue';

const until = ref(0);
const now = ref(Date.now());
let timer: ReturnType<typeof setInterval> | null = null;

function tick(): void {
  now.value = Date.now();
  if (now.value >= until.value && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

/** Starts (or restarts: main's latest answer wins) the countdown. */
export function startThrottleWait(seconds: number): void {
  until.value = Date.now() + Math.max(1, Math.ceil(seconds)) * 1000;
  now.value = Date.now();
  // A quarter-second tick keeps the shown number within a moment of the real wait.
  timer ??= setInterval(tick, 250);
}

/** Whole seconds until the terminal may try again; 0 when it may. Reactive. */
export const throttleSecondsLeft = computed(() => Math.max(0, Math.ceil((until.value - now.value) / 1000)));
