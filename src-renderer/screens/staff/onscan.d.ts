// The part of onscan.js (1.5) the lending screens use; the package ships no types.
declare module 'onscan.js' {
  export interface OnScanOptions {
    onScan?: (code: string, quantity: number) => void;
    onScanError?: (debug: { message: string; scanCode: string; scanDuration: number }) => void;
    /** Keys that end a scan (removed from the code); default Tab and Enter. */
    suffixKeyCodes?: number[];
    prefixKeyCodes?: number[];
    /** Average milliseconds per character at most for input to count as a scan. */
    avgTimeByChar?: number;
    minLength?: number;
    /** Milliseconds after the last key before a scan without a suffix is checked. */
    timeBeforeScanTest?: number;
    /** Focus on an element matching this selector: keys are left alone. */
    ignoreIfFocusOn?: string | false;
    /** The character a keydown adds to the code ('' adds nothing; null leaves the key alone). */
    keyCodeMapper?: (event: KeyboardEvent) => string | null;
    preventDefault?: boolean;
    stopPropagation?: boolean;
    captureEvents?: boolean;
    reactToPaste?: boolean;
  }

  interface OnScan {
    attachTo(element: Document | HTMLElement, options: OnScanOptions): OnScan;
    detachFrom(element: Document | HTMLElement): void;
    isAttachedTo(element: Document | HTMLElement): boolean;
  }

  const onScan: OnScan;
  export default onScan;
}
