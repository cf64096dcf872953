// The counter's barcode scanner is a keyboard wedge: it "types" the code and presses Enter, much
// faster than a person. onscan.js watches the document's keys for such bursts, so a scan lands in
// the right field even when the focus is elsewhere (on a button after the last scan, or nowhere),
// and a scan into a field that already held half-typed digits delivers the scanned code alone.
// Typing the number by hand and pressing Enter always works too: each scan field calls `enter`.
//
// One Enter can end both (a scan into the focused field): the field's own keydown handler runs
// first, onscan's document handler after it in the same dispatch, so the field waits one task and
// a scan seen meanwhile wins — the code is delivered once.
import onScan from 'onscan.js';
import { onBeforeUnmount, onMounted } from 'vue';

/** Marks an input as a scan field: keys there are watched; keys in other inputs never are. */
export const SCAN_FIELD_ATTRIBUTE = 'data-scan-field';

/** Shorter bursts are not taken as scans (a stray key, two digits typed fast by hand). */
const MIN_SCAN_LENGTH = 4;
/**
 * A scanner sends a character every few milliseconds; people need 100 ms or more. 50 leaves room
 * for a busy counter PC delivering the scanner's keys late (onscan.js's default is 30).
 */
const MAX_MS_PER_CHARACTER = 50;
const ENTER = 13;

export type CodeSource = 'scanner' | 'keyboard';

export interface BarcodeScanner {
  /** A scan field's Enter with the text it holds. */
  enter(typed: string): void;
}

export function useBarcodeScanner(deliver: (code: string, source: CodeSource) => void): BarcodeScanner {
  let scanned: string | null = null;
  let enterPending = false;

  const takeScan = (): void => {
    const code = scanned;
    scanned = null;
    if (code !== null) deliver(code, 'scanner');
  };

  onMounted(() => {
    // A screen left without unmounting (never, in practice) must not keep the document's listener.
    if (onScan.isAttachedTo(document)) onScan.detachFrom(document);
    onScan.attachTo(document, {
      suffixKeyCodes: [ENTER],
      minLength: MIN_SCAN_LENGTH,
      avgTimeByChar: MAX_MS_PER_CHARACTER,
      ignoreIfFocusOn: `input:not([${SCAN_FIELD_ATTRIBUTE}]), textarea, select`,
      // onscan.js decodes letters and digits only; item codes also carry - . _ (and a scanner set
      // to another keyboard layout sends them as such keys). Other keys (Shift…) add nothing.
      keyCodeMapper: (event) => (event.key.length === 1 ? event.key : ''),
      onScan: (code) => {
        scanned = code;
        // Ended by the focused field's Enter: that field delivers it. Otherwise deliver it now.
        if (!enterPending) setTimeout(takeScan, 0);
      },
    });
  });

  onBeforeUnmount(() => {
    if (onScan.isAttachedTo(document)) onScan.detachFrom(document);
  });

  return {
    enter(typed) {
      enterPending = true;
      setTimeout(() => {
        enterPending = false;
        if (scanned !== null) takeScan();
        else deliver(typed, 'keyboard');
      }, 0);
    },
  };
}
