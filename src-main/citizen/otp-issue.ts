// ワンタイムパスワード発行 (seed 000 §1). The answer is the same whether or not the 利用者キー and
// address belong together: a code is generated and hashed on every path (the expensive part), only
// a match stores it and queues the mail, and the whole answer is padded to a fixed minimum time.
// Only a matching pair of a stopped account (利用中止 / 事故登録) is answered differently — it
// reveals nothing the asker did not give — so that they are sent to the counter (issue 13).
// While the terminal waits after wrong logins (auth/terminal-throttle.ts) it is refused before any
// work; issuing itself is never counted there, since only a match differs and the answer must not.
import { OTP_ALPHABET, OTP_LENGTH } from '../../src-shared/fields';
import type { Locale } from '../../src-shared/contract/session';
import type { Accounts, Actor } from '../auth/accounts';
import { loginGate } from '../auth/lockout';
import { randomCode } from '../auth/random-code';
import { hashSecret, type KdfParams } from '../auth/secrets';
import type { TerminalThrottle } from '../auth/terminal-throttle';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { withEvenTiming } from './even-timing';
import type { MailLimits } from './mail-limits';
import { otpMail } from './mails';
import type { OneTimePasswords } from './one-time-passwords';
import { type CitizenProfiles, sameAddress } from './profiles';

export interface OtpIssueSettings {
  kdf: KdfParams;
  otpTtlMinutes: number;
  evenAnswerMs: number;
}

export interface OtpIssueDeps {
  store: Store;
  clock: Clock;
  accounts: Accounts;
  profiles: CitizenProfiles;
  otps: OneTimePasswords;
  limits: MailLimits;
  mailer: Mailer;
  audit: AuditLog;
  throttle: TerminalThrottle;
  settings: () => OtpIssueSettings;
}

export interface OtpRequest {
  userKey: string;
  email: string;
  locale: Locale;
}

export class OtpIssuer {
  constructor(private readonly d: OtpIssueDeps) {}

  async issue(request: OtpRequest, by: Actor): Promise<{ validMinutes: number }> {
    this.d.throttle.check(by.terminal);
    const settings = this.d.settings();
    return withEvenTiming(settings.evenAnswerMs, async () => {
      if (!(await this.d.limits.take(by.terminal, { email: request.email, userKey: request.userKey }))) {
        await this.d.audit.append({ ...by, action: 'citizen.otp.issue', target: `citizen:${request.userKey}`, outcome: 'denied', detail: { reason: 'rate_limited' } });
        throw new DomainError('rate_limited');
      }
      const otp = randomCode(OTP_ALPHABET, OTP_LENGTH);
      const hash = await hashSecret(otp, settings.kdf);
      await this.storeAndMail(request, otp, hash, settings, by);
      return { validMinutes: settings.otpTtlMinutes };
    });
  }

  private async storeAndMail(request: OtpRequest, otp: string, hash: string, settings: OtpIssueSettings, by: Actor): Promise<void> {
    const { store, accounts, profiles, otps, mailer, audit, clock } = this.d;
    const target = `citizen:${request.userKey}`;
    const account = await accounts.findByLogin('citizen', request.userKey);
    const profile = account && (await profiles.get(account.id));
    const refusal =
      !account || !profile
        ? 'unknown'
        : !profile.email || !sameAddress(profile.email, request.email)
          ? 'address_mismatch'
          : loginGate(account) !== 'open'
            ? loginGate(account)
            : null;
    if (refusal || !profile?.email || !account) {
      await audit.append({ ...by, action: 'citizen.otp.issue', target: account ? target : 'citizen:?', outcome: 'denied', detail: { reason: refusal } });
      // Key and address both matched, so the asker already knows the account exists: a stopped
      // account says so and sends them to the counter, instead of a code that never comes.
      if (refusal === 'locked') throw new DomainError('account_locked');
      if (refusal === 'accident') throw new DomainError('account_accident');
      return;
    }
    const to = profile.email;
    await store.transaction(async () => {
      const now = clock.now();
      const expiresAt = now + settings.otpTtlMinutes * 60_000;
      // One statement replaces any earlier code: from here on only the new one works.
      await otps.replace(account.id, hash, now, expiresAt);
      await mailer.enqueue(otpMail, {
        to,
        locale: request.locale,
        accountId: account.id,
        params: { name: profile.name, otp, validMinutes: settings.otpTtlMinutes, expiresAt },
      });
      await audit.append({ ...by, action: 'citizen.otp.issue', target, outcome: 'ok' });
    });
  }
}
