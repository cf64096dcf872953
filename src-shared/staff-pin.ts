// Rules for the two staff PINs (seed 003): 利用者暗証番号 (login) and 利用者確認暗証番号 (confirmation).
// Each is 4–12 half-width letters, digits and symbols (fields.ts staffPin), typed twice; the two
// must differ; and a PIN anyone could guess first is refused. Shared so the form says the same
// thing as main, which checks again with the staff ID once it is known.
import { z } from 'zod';
import type { FieldErrors } from './errors';
import { staffPin, typedSecret } from './fields';

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz'];

/** Guessable: one character repeated, a run up or down (1234, abcd, 4321, 8901), or the staff ID. */
export function isTrivialPin(pin: string, staffId?: string | null): boolean {
  const p = pin.normalize('NFKC').toLowerCase();
  if (p.length === 0) return false;
  if ([...p].every((c) => c === p[0])) return true;
  for (const run of RUNS) {
    // Digits wrap (7890, 8901) because keypads put 0 after 9.
    const cycle = run === RUNS[0] ? run + run : run;
    const reversed = [...cycle].reverse().join('');
    if (cycle.includes(p) || reversed.includes(p)) return true;
  }
  return staffId != null && p === staffId.normalize('NFKC').toLowerCase();
}

export interface PinPair {
  pin: string;
  pinAgain: string;
  confirmPin: string;
  confirmPinAgain: string;
}

/**
 * The problems of a PIN pair beyond the single-field rule: mismatched repeats, trivial PINs, and a
 * confirmation PIN equal to the login PIN. Keys are the PinPair field names.
 */
export function pinPairProblems(pair: PinPair, staffId?: string | null): FieldErrors {
  const fields: FieldErrors = {};
  const fold = (v: string) => v.normalize('NFKC');
  if (isTrivialPin(pair.pin, staffId)) fields.pin = 'too_simple';
  if (fold(pair.pinAgain) !== fold(pair.pin)) fields.pinAgain = 'mismatch';
  if (isTrivialPin(pair.confirmPin, staffId)) fields.confirmPin = 'too_simple';
  else if (fold(pair.confirmPin) === fold(pair.pin)) fields.confirmPin = 'same_as_other';
  if (fold(pair.confirmPinAgain) !== fold(pair.confirmPin)) fields.confirmPinAgain = 'mismatch';
  return fields;
}

/** Both PINs, each typed twice. The staff ID rule is applied again in main once the ID is known. */
export const pinPairSchema = z
  .object({ pin: staffPin, pinAgain: typedSecret, confirmPin: staffPin, confirmPinAgain: typedSecret })
  .strict()
  .superRefine((pair, ctx) => {
    for (const [key, code] of Object.entries(pinPairProblems(pair))) {
      ctx.addIssue({ code: 'custom', message: code, path: [key] });
    }
  });
