// How one invoke's input crosses the process boundary: as JSON text, made in the renderer's
// preload. Electron would otherwise structured-clone the input and rebuild it on main's event loop
// before any of our code can look at it — 100,000 keys held main for ~60 ms each time, whatever
// the router refused afterwards (issue 13). A string is copied whole and its length read at once,
// so main refuses an oversized input before parsing a byte. Inputs are forms: JSON carries all
// they hold (undefined fields are dropped, which every schema treats as absent).

import { type AppError, fail } from './errors';

/** The text sent for an input; '' stands for undefined (a channel without input). */
export function encodeInput(input: unknown): string {
  return input === undefined ? '' : JSON.stringify(input);
}

export type DecodedInput = { ok: true; input: unknown } | { ok: false; reason: 'too_large' | 'malformed' };

/** The input back from its text, refusing a text over maxChars without reading it. */
export function decodeInput(text: unknown, maxChars: number): DecodedInput {
  if (typeof text !== 'string') return { ok: false, reason: 'malformed' };
  if (text.length > maxChars) return { ok: false, reason: 'too_large' };
  if (text === '') return { ok: true, input: undefined };
  try {
    return { ok: true, input: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** What the renderer is told of an input refused on the wire: as the router answers bad input. */
export function wireRefusal(reason: 'too_large' | 'malformed'): { ok: false; error: AppError } {
  return reason === 'too_large' ? fail('invalid_input', { '': 'too_large' }) : fail('invalid_input');
}
