// 利用者情報変更 (seed 002): show the current values, check a change without saving (the input
// screen's 更新 leads to 利用者情報変更確認), then save it (the confirmation's 更新) with the
// optional 申請確認メール. Every rule is checked again at saving: the renderer is never trusted.
import type { SettingsChange, SettingsView } from '../../src-shared/contract/library';
import type { FieldErrors } from '../../src-shared/errors';
import { passwordProblems, settingsProblems, wantsPasswordChange } from '../../src-shared/library/settings-rules';
import type { Actor } from '../auth/accounts';
import { hashSecret } from '../auth/secrets';
import { DomainError } from '../domain-error';
import type { LibraryDeps } from './deps';
import type { DueReminders } from './due-reminders';
import type { History } from './history';
import type { MailSender } from './mail-sender';
import { settingsChangedMail } from './mails';
import type { PatronAuth } from './patron-auth';
import type { Patron } from './patron-store';

export interface SettingsSaved {
  passwordChanged: boolean;
  confirmMailQueued: boolean;
  historyDeleted: number;
  /** 返却期限通知 mails queued at once because reminders were switched on after their send day. */
  remindersQueued: number;
}

export class PatronSettingsService {
  constructor(
    private readonly d: LibraryDeps,
    private readonly auth: PatronAuth,
    private readonly history: History,
    private readonly reminders: DueReminders,
    private readonly sender: MailSender,
  ) {}

  private async patron(accountId: number): Promise<Patron> {
    const p = await this.d.patrons.get(accountId);
    if (!p) throw new DomainError('not_found');
    return p;
  }

  async view(accountId: number): Promise<SettingsView> {
    const p = await this.patron(accountId);
    return {
      cardNumber: p.cardNumber,
      displayName: p.displayName,
      settings: p.settings,
      historySince: p.settings.keepHistory ? p.historySince : null,
      phones: { mobile: p.phones.mobile !== null, home: p.phones.home !== null, work: p.phones.work !== null },
      branches: this.d.branches.list(),
      sender: this.sender,
      // The ILS owns the password when the library system is sip2, and SIP2 cannot change it.
      passwordChangeable: this.d.config.system !== 'sip2',
    };
  }

  /** Everything that can be said without the current password; then the current password itself. */
  async check(accountId: number, change: SettingsChange, by: Actor): Promise<Patron> {
    const patron = await this.patron(accountId);
    const fields: FieldErrors = { ...settingsProblems(change.settings, this.d.branches.codes()) };
    const changingPassword = wantsPasswordChange(change);
    // The ILS owns the password when the library system is sip2 (SIP2 cannot change it).
    if (changingPassword && this.d.config.system === 'sip2') throw new DomainError('not_allowed');
    if (changingPassword) {
      Object.assign(fields, passwordProblems(change, { cardNumber: patron.cardNumber, birthDate: patron.birthDate }, true));
    }
    if (change.confirmMailTo !== null && change.settings[change.confirmMailTo] === null) fields.confirmMailTo = 'needs_address';
    if (Object.keys(fields).length) throw new DomainError('invalid_input', fields);
    if (changingPassword) await this.auth.verifyCurrent(accountId, change.currentPassword, by);
    return patron;
  }

  async save(accountId: number, change: SettingsChange, by: Actor): Promise<SettingsSaved> {
    const before = await this.check(accountId, change, by);
    const passwordChanged = wantsPasswordChange(change);
    const hash = passwordChanged ? await hashSecret(change.newPassword, this.d.kdf) : null;
    const s = change.settings;
    const now = this.d.clock.now();
    const target = `patron:${before.cardNumber}`;

    return this.d.store.transaction(async (): Promise<SettingsSaved> => {
      // 残す: recording starts now (nothing from before ever shows); turning it off stops it.
      const since = s.keepHistory ? (before.settings.keepHistory ? before.historySince : now) : null;
      await this.d.patrons.saveSettings(accountId, s, since, now);
      const historyDeleted = !s.keepHistory && before.settings.keepHistory && change.deleteKeptHistory ? await this.history.deleteAll(accountId) : 0;
      if (hash) {
        await this.d.accounts.setCredential(accountId, 'password', hash, false);
        await this.d.audit.append({ ...by, action: 'patron.password_change', target, outcome: 'ok', detail: { via: 'settings' } });
      }
      const changed = (Object.keys(s) as (keyof typeof s)[]).filter((k) => JSON.stringify(s[k]) !== JSON.stringify(before.settings[k]));
      await this.d.audit.append({
        ...by,
        action: 'patron.settings_change',
        target,
        outcome: 'ok',
        detail: { changed: changed.join(',') || null, historyDeleted },
      });
      // Switched on, or moved earlier, after a send day's run: what that run would have sent now.
      const remindSooner = s.dueNotice && (!before.settings.dueNotice || s.dueNoticeDays > before.settings.dueNoticeDays);
      const remindersQueued = remindSooner ? await this.reminders.catchUpPatron(accountId, now) : 0;
      const to = change.confirmMailTo ? s[change.confirmMailTo] : null;
      if (to) {
        await this.d.mailer.enqueue(settingsChangedMail, {
          to,
          locale: before.mailLocale,
          accountId,
          params: {
            name: before.displayName,
            settings: s,
            pickupBranch: this.d.branches.names(s.pickupBranch),
            passwordChanged,
          },
        });
      }
      return { passwordChanged, confirmMailQueued: to !== null, historyDeleted, remindersQueued };
    });
  }
}
