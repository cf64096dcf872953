// Who is logged in at this terminal, as main reports it. The renderer never holds a credential:
// main keeps the session by terminal id, and this store only mirrors what session.current says.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionInfo } from '../../src-shared/contract';
import { invoke } from '../bridge';

export const useSession = defineStore('session', () => {
  const current = ref<SessionInfo | null>(null);
  const loggedIn = computed(() => current.value !== null);

  /** Call after a login or any change that main may have made to the session. */
  async function refresh(): Promise<SessionInfo | null> {
    const result = await invoke('session.current', {});
    current.value = result.ok ? result.data : null;
    return current.value;
  }

  async function end(reason: 'logout' | 'idle'): Promise<void> {
    await invoke('session.end', { reason });
    current.value = null;
  }

  function $reset(): void {
    current.value = null;
  }

  return { current, loggedIn, refresh, end, $reset };
});
