// What the 利用者情報選択 table was showing, so that after an action the console returns to the same
// search and the changed row shows its new state (○ → -), as the seed's step (4) asks.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AccountKind } from '../../../src-shared/contract';

export type Notice = { key: 'unlocked' | 'accident_set' | 'accident_cleared' | 'blockade_released' | 'removed' | 'registered' | 'updated' | 'password_reset' | 'key_resent'; id: string };

export const useStaffConsole = defineStore('staffConsole', () => {
  const kind = ref<AccountKind | null>(null);
  const query = ref('');
  const notice = ref<Notice | null>(null);

  function $reset(): void {
    kind.value = null;
    query.value = '';
    notice.value = null;
  }

  return { kind, query, notice, $reset };
});
