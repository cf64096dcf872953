// What every channel declares: its input and output schemas and who may call it.
import { z } from 'zod';

/** Staff permissions, granted per staff account by an administrator (seed 003's ○ / × matrix). */
export const permissions = [
  'patron_lookup',
  'patron_register',
  'patron_password_reset',
  'reservation_desk',
  'mail_log',
  'audit_log',
  'staff_management',
  /** City-hall events, their slots, closed days and attendee lists (issue 14). */
  'event_management',
  /** Lending at the counter (issue 14, a later slice). */
  'circulation',
  /** The library catalogue import (issue 14, a later slice). */
  'catalogue',
  /** Statistics and their CSV (issue 14, a later slice). */
  'statistics',
] as const;
export type Permission = (typeof permissions)[number];

export const accountKinds = ['citizen', 'patron', 'staff'] as const;
export type AccountKind = (typeof accountKinds)[number];

/**
 * public: anyone at the terminal; citizen / patron: that kind of session; staff: any staff
 * session; staff:<permission>: a staff session holding that permission (administrators hold
 * all); admin: an administrator.
 */
export type AuthLevel = 'public' | 'citizen' | 'patron' | 'staff' | `staff:${Permission}` | 'admin';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  auth: AuthLevel;
  /**
   * True for the few channels a session may call while it has a pending required action
   * (e.g. the forced password change after the first login); all others answer action_required.
   */
  duringRequiredAction?: boolean;
  /**
   * Staff work, answered only on a `counter` terminal: a public kiosk's router refuses it before
   * reading anything. Implied by a staff auth level (isCounterOnly); set it on a channel that is
   * public but belongs to staff — the 職員 login.
   */
  counterOnly?: boolean;
  /**
   * A larger cap on the input's JSON text than every other channel's 64 KiB, for the one channel
   * that carries a file (the catalogue import, about 27 MB of base64). Staff channels only.
   */
  maxInputChars?: number;
}

/** True for the channels a kiosk refuses: staff levels, and those marked counterOnly. */
export function isCounterOnly(def: Pick<ChannelDef, 'auth' | 'counterOnly'>): boolean {
  return def.counterOnly === true || def.auth === 'staff' || def.auth === 'admin' || def.auth.startsWith('staff:');
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

/** The input of a channel that takes none: an empty object, and nothing else. */
export const noInput = z.object({}).strict();
