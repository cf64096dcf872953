import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyboardSpace, SHRINK_DELAY_MS } from '../../../src-renderer/components/keyboard/keyboard-space';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function space() {
  const events = new EventTarget();
  const applied: number[] = [];
  const room = createKeyboardSpace({ events, apply: (height) => applied.push(height) });
  const fire = (...names: string[]) => {
    for (const name of names) events.dispatchEvent(new Event(name));
  };
  const current = () => applied.at(-1) ?? 0;
  return { room, fire, applied, current, events };
}

describe('keyboard space', () => {
  it('grows at once when the keyboard appears or gets taller', () => {
    const { room, current, applied } = space();
    room.set(320.4);
    expect(current()).toBe(320);
    room.set(410);
    expect(current()).toBe(410);
    room.set(410);
    expect(applied).toEqual([320, 410]);
  });

  it('a tap that hides the keyboard on mousedown keeps the page still until its click has been dispatched', () => {
    const { room, fire, current } = space();
    room.set(400);
    fire('pointerdown');
    room.set(0); // focus left the input on mousedown
    vi.advanceTimersByTime(5 * SHRINK_DELAY_MS); // however long the finger stays down
    expect(current()).toBe(400);
    fire('pointerup', 'click');
    expect(current()).toBe(400);
    vi.advanceTimersByTime(0);
    expect(current()).toBe(0);
  });

  it('a touch tap (pointerup before the compatibility mousedown) shrinks after its click', () => {
    const { room, fire, current } = space();
    room.set(400);
    fire('pointerdown', 'pointerup');
    room.set(0);
    expect(current()).toBe(400);
    fire('click');
    expect(current()).toBe(400);
    vi.advanceTimersByTime(0);
    expect(current()).toBe(0);
  });

  it('focus moved by the Tab key or by code shrinks after a key release or a short wait', () => {
    const keyed = space();
    keyed.room.set(300);
    keyed.room.set(0);
    keyed.fire('keyup');
    vi.advanceTimersByTime(0);
    expect(keyed.current()).toBe(0);

    const quiet = space();
    quiet.room.set(300);
    quiet.room.set(0);
    vi.advanceTimersByTime(SHRINK_DELAY_MS - 1);
    expect(quiet.current()).toBe(300);
    vi.advanceTimersByTime(1);
    expect(quiet.current()).toBe(0);
  });

  it('a keyboard that comes back before the shrink keeps its room without a flicker', () => {
    const { room, applied } = space();
    room.set(300);
    room.set(0);
    room.set(300);
    vi.advanceTimersByTime(10 * SHRINK_DELAY_MS);
    expect(applied).toEqual([300]);
  });

  it('a shorter layout (alpha to numeric) shrinks to its own height, not to nothing', () => {
    const { room, current } = space();
    room.set(420);
    room.set(260);
    vi.advanceTimersByTime(SHRINK_DELAY_MS);
    expect(current()).toBe(260);
  });

  it('dispose frees the room and stops listening', () => {
    const { room, fire, current, applied } = space();
    room.set(300);
    room.dispose();
    expect(current()).toBe(0);
    fire('pointerdown', 'pointerup', 'click');
    vi.runAllTimers();
    expect(applied).toEqual([300, 0]);
  });
});
