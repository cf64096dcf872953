// The claims an account keeps from xID, read from the UserInfo answer with the same field rules
// as the kiosk's own forms (NFKC, lengths), so an xID account looks like any other citizen.
import { z } from 'zod';
import { isRealCalendarDate } from '../../src-shared/calendar-date';
import { address, email, personName, postalCode } from '../../src-shared/fields';
import type { UserInfo } from './device-flow';

export interface VerifiedClaims {
  sub: string;
  /** 氏名 */
  name: string;
  /** 生年月日, YYYY-MM-DD, or null when the provider sent none or only a year. */
  birthdate: string | null;
  /** Only an address the provider has confirmed (email_verified true), else null. */
  email: string | null;
  /** 〒 as 7 digits. */
  postalCode: string | null;
  /** 住所 without the postal code. */
  address: string | null;
}

const addressClaim = z
  .object({
    formatted: z.string().optional(),
    postal_code: z.string().optional(),
    region: z.string().optional(),
    locality: z.string().optional(),
    street_address: z.string().optional(),
  })
  .partial();

const userInfoShape = z.object({
  sub: z.string().min(1).max(255),
  name: z.string().optional(),
  family_name: z.string().optional(),
  given_name: z.string().optional(),
  birthdate: z.string().optional(),
  email: z.string().optional(),
  // Boolean by the OIDC spec; anything else is read as not verified rather than refusing the citizen.
  email_verified: z.unknown().optional(),
  address: addressClaim.optional(),
});

function parsed<T>(schema: z.ZodType<T, string>, value: string | undefined): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

function realDate(value: string | undefined): string | null {
  return value !== undefined && isRealCalendarDate(value) ? value : null;
}

/**
 * The claims, or null when the answer lacks what registration needs at the least (a subject and a
 * name). A malformed optional claim is dropped rather than refusing the citizen.
 */
export function readClaims(userInfo: UserInfo): VerifiedClaims | null {
  const shape = userInfoShape.safeParse(userInfo);
  if (!shape.success) return null;
  const info = shape.data;
  const fullName = info.name ?? [info.family_name, info.given_name].filter(Boolean).join(' ');
  const name = parsed(personName, fullName || undefined);
  if (!name) return null;

  const a = info.address ?? {};
  const postal = parsed(postalCode, a.postal_code);
  // A formatted address often starts with the postal code; the profile keeps it in its own column.
  const formatted = a.formatted?.replace(/^\s*〒?\s*\d{3}[-‐－ー]?\d{4}\s*/, '');
  const pieces = [a.region, a.locality, a.street_address].filter(Boolean).join('');
  return {
    sub: info.sub,
    name,
    birthdate: realDate(info.birthdate),
    // An unconfirmed address may be someone else's: the 利用者キー would be mailed there, and that
    // person could reset the new account's password by mail.
    email: info.email_verified === true ? parsed(email, info.email) : null,
    postalCode: postal,
    address: parsed(address, formatted || pieces || undefined),
  };
}
