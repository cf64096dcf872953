// 利用者キー再発行 (seed 001): one mail listing every key registered with the address, or nothing
// when none is — the screen and its timing are the same either way.
import type { Locale } from '../../src-shared/contract/session';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { withEvenTiming } from './even-timing';
import type { MailLimits } from './mail-limits';
import { userKeyMail } from './mails';
import type { CitizenProfiles } from './profiles';

export interface KeyReissueDeps {
  store: Store;
  profiles: CitizenProfiles;
  limits: MailLimits;
  mailer: Mailer;
  audit: AuditLog;
  evenAnswerMs: () => number;
}

export class KeyReissue {
  constructor(private readonly d: KeyReissueDeps) {}

  reissue(email: string, locale: Locale, by: Actor): Promise<null> {
    return withEvenTiming(this.d.evenAnswerMs(), async () => {
      const { store, profiles, limits, mailer, audit } = this.d;
      if (!(await limits.take(by.terminal, { email }))) {
        await audit.append({ ...by, action: 'citizen.key.reissue', target: null, outcome: 'denied', detail: { reason: 'rate_limited' } });
        throw new DomainError('rate_limited');
      }
      const holders = await profiles.holdersOf(email);
      if (holders.length === 0) {
        await audit.append({ ...by, action: 'citizen.key.reissue', target: null, outcome: 'denied', detail: { reason: 'unknown' } });
        return null;
      }
      await store.transaction(async () => {
        await mailer.enqueue(userKeyMail, {
          to: email,
          locale,
          accountId: (holders[0] as (typeof holders)[number]).accountId,
          params: { holders: holders.map((h) => ({ userKey: h.userKey, name: h.name })) },
        });
        for (const h of holders) {
          await audit.append({ ...by, action: 'citizen.key.reissue', target: `citizen:${h.userKey}`, outcome: 'ok' });
        }
      });
      return null;
    });
  }
}
