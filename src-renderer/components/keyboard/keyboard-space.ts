// The room the page keeps free at its bottom for the on-screen keyboard: the CSS variable
// --keyboard-height, which pads the shell and sets the root's scroll-padding, so that every control
// can be scrolled above the keyboard and scrollIntoView centres inputs in the part left visible.
//
// It grows at once — a keyboard that has just appeared must not cover the input it serves — but it
// shrinks only once the tap in progress is over. Pressing ログイン or 確認 takes the focus from the
// input on mousedown, which hides the keyboard; shrinking the page then, with the page scrolled to
// its end, moves the button from under the finger before mouseup, and the click never happens.
//
// No Vue and no DOM type beyond EventTarget: the timing rules are tested in Node.

/** How long a shrink waits for a tap that never comes (focus moved by the Tab key or by code). */
export const SHRINK_DELAY_MS = 300;

export interface KeyboardSpace {
  /** The keyboard's current height in CSS pixels (0 when it is hidden). */
  set(height: number): void;
  dispose(): void;
}

export interface KeyboardSpaceOptions {
  /** Where pointer, click and key events are heard: the document. */
  events: EventTarget;
  /** Applies the height, e.g. by setting --keyboard-height on the root element. */
  apply: (height: number) => void;
}

export function createKeyboardSpace({ events, apply }: KeyboardSpaceOptions): KeyboardSpace {
  let applied = 0;
  let wanted = 0;
  let pointerHeld = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (height: number) => {
    applied = height;
    apply(height);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const settle = () => {
    cancel();
    if (!pointerHeld && wanted < applied) write(wanted);
  };
  // After the current event has been dispatched in full, default actions (a form's submit) included.
  const settleSoon = (delay = 0) => {
    if (wanted >= applied) return;
    cancel();
    timer = setTimeout(settle, delay);
  };

  const onPointerDown = () => {
    pointerHeld = true;
  };
  const onPointerUp = () => {
    pointerHeld = false;
    settleSoon();
  };
  const onTapEnd = () => settleSoon();
  const listeners: [string, () => void][] = [
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerUp],
    ['click', onTapEnd],
    ['keyup', onTapEnd],
  ];
  for (const [name, listener] of listeners) events.addEventListener(name, listener, { capture: true, passive: true });

  return {
    set(height) {
      wanted = Math.max(0, Math.round(height));
      if (wanted >= applied) {
        cancel();
        if (wanted !== applied) write(wanted);
        return;
      }
      settleSoon(SHRINK_DELAY_MS);
    },
    dispose() {
      cancel();
      for (const [name, listener] of listeners) events.removeEventListener(name, listener, { capture: true });
      write(0);
    },
  };
}
