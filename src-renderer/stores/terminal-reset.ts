// Returning the terminal to a clean home screen for the next person: after the idle countdown,
// when main says the session expired, and after a logout. Every pinia store implements $reset()
// meaning "ready for the next person" (setup stores must define it themselves — pinia only
// provides it for option stores), and the screen under the router view is remounted with a new
// key so that no half-filled form survives in component state.
import { getStores, type Pinia } from 'pinia';
import { ref } from 'vue';
import type { Router } from 'vue-router';
import { onSessionExpired } from '../bridge';
import { type ResetNotice, useKiosk } from './kiosk';

/** The key of the router view; bumping it throws away every mounted screen's state. */
export const viewGeneration = ref(0);

let installed: { pinia: Pinia; router: Router } | null = null;

export function installTerminalReset(pinia: Pinia, router: Router): void {
  installed = { pinia, router };
  onSessionExpired(() => void resetTerminal('session_expired'));
}

export async function resetTerminal(notice: ResetNotice | null): Promise<void> {
  if (!installed) throw new Error('installTerminalReset() was not called');
  const { pinia, router } = installed;
  await router.replace({ name: 'home' });
  for (const store of getStores(pinia)) store.$reset();
  viewGeneration.value += 1;
  useKiosk(pinia).notice = notice;
}
