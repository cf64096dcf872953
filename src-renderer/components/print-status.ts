// Whether this terminal prints (print.status), asked once per page load: the configuration does not
// change while the app runs. Until main answers — and if it cannot — the print buttons stay hidden.
import { ref, type Ref } from 'vue';
import { invoke } from '../bridge';

const available = ref(false);
let asked: Promise<void> | null = null;

export function usePrintAvailable(): Ref<boolean> {
  asked ??= invoke('print.status', {}).then((result) => {
    available.value = result.ok && result.data.available;
  });
  return available;
}
