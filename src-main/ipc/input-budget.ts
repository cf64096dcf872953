// How much one invoke may carry. Every channel's input is a small form (the largest legitimate one,
// a list of up to 1,000 item ids, is about 17,000 characters and 1,000 values), so anything far
// above is refused before zod sees it: a strict schema reports every unknown key, and 100,000 of
// them held the main process for up to 0.6 s.
//
// The count runs on a budget and stops as soon as it is spent, so the cost of a refusal does not
// grow with the input — except for an object's own keys, which JavaScript can only list whole
// (one native call, ~10× cheaper than zod's walk). An array's length, a string's length and a
// binary's byte length are read without walking them. A cycle (which structured clone keeps)
// spends the budget like any other repetition.
import { contract, isChannelName } from '../../src-shared/contract';
import type { ChannelDef } from '../../src-shared/contract/channel';

export interface InputLimits {
  /** About the length of the input's JSON text (strings, keys, numbers and punctuation). */
  maxChars: number;
  /** Values in total: every array element and every object property, at any depth. */
  maxItems: number;
}

export const INPUT_LIMITS: InputLimits = { maxChars: 64 * 1024, maxItems: 2_000 };

/** A channel's limits: the common ones, with the larger text cap of a file-carrying channel. */
export function inputLimitsOf(def: Pick<ChannelDef, 'maxInputChars'>): InputLimits {
  return def.maxInputChars === undefined ? INPUT_LIMITS : { ...INPUT_LIMITS, maxChars: def.maxInputChars };
}

/** The cap on the JSON text of an input on its way to `channel`, checked before it is parsed. */
export function wireCharsFor(channel: string): number {
  return isChannelName(channel) ? inputLimitsOf(contract[channel]).maxChars : INPUT_LIMITS.maxChars;
}

/** What a number, a boolean or null adds to the JSON text at most (a double's 24 characters). */
const SCALAR_CHARS = 24;

/** True when the input is over either limit; never walks further than the limits. */
export function exceedsInputLimits(input: unknown, limits: InputLimits = INPUT_LIMITS): boolean {
  let chars = 0;
  let items = 0;
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') chars += value.length + 2;
    else if (value === null || typeof value !== 'object') chars += SCALAR_CHARS;
    else if (Array.isArray(value)) {
      items += value.length;
      chars += value.length + 2;
      if (items > limits.maxItems || chars > limits.maxChars) return true;
      for (const element of value as unknown[]) pending.push(element);
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      chars += value.byteLength;
    } else if (value instanceof Map || value instanceof Set) {
      // No schema takes one; counted by size, never opened.
      items += value.size;
    } else {
      const keys = Object.keys(value);
      items += keys.length;
      if (items > limits.maxItems) return true;
      const record = value as Record<string, unknown>;
      for (const key of keys) {
        chars += key.length + 4;
        pending.push(record[key]);
      }
    }
    if (items > limits.maxItems || chars > limits.maxChars) return true;
  }
  return false;
}
