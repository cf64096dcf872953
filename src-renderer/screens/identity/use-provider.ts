// The identity provider as terminal.info describes it: whether xID is configured at all, and the
// name to show on its buttons.
import { computed } from 'vue';
import { useKiosk } from '../../stores/kiosk';

export function useProvider() {
  const kiosk = useKiosk();
  return {
    enabled: computed(() => kiosk.info?.identity.enabled ?? false),
    provider: computed(() => kiosk.info?.identity.providerName ?? 'xID'),
  };
}
