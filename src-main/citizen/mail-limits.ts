// Abuse limits for the mails a stranger can make the system send (OTP, key notice): per address,
// per 利用者キー and per terminal within an hour. Requests are counted whether or not an account
// matched, so hitting the limit says nothing about who is registered. Addresses are stored as
// hashes: the counter table is not another list of citizens' mail addresses.
import { createHash } from 'node:crypto';
import type { RateLimiter } from '../auth/rate-limit';

const HOUR = 60 * 60_000;

export interface MailLimitSettings {
  mailsPerHour: number;
  terminalRequestsPerHour: number;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}

export class MailLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly settings: () => MailLimitSettings,
  ) {}

  /** Records one request; false (recording nothing) when any of its limits is reached. */
  take(terminal: string, subject: { email: string; userKey?: string }): Promise<boolean> {
    const { mailsPerHour, terminalRequestsPerHour } = this.settings();
    const buckets = [
      { bucket: `citizen.mail.addr:${digest(subject.email.toLowerCase())}`, limit: mailsPerHour, windowMs: HOUR },
      { bucket: `citizen.mail.terminal:${terminal}`, limit: terminalRequestsPerHour, windowMs: HOUR },
    ];
    if (subject.userKey) buckets.push({ bucket: `citizen.mail.key:${subject.userKey}`, limit: mailsPerHour, windowMs: HOUR });
    return this.limiter.take(buckets);
  }
}
