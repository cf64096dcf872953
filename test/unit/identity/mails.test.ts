import { describe, expect, it } from 'vitest';
import { passwordChangedMail, passwordResetCodeMail, xidLinkedMail, xidRegisteredMail } from '../../../src-main/identity/mails';
import { renderMail } from '../../../src-main/mail/template';

// 2026-01-05 09:30 in Tokyo.
const AT = Date.UTC(2026, 0, 5, 0, 30);

describe('identity mails', () => {
  it('gives the 利用者キー and how to set a password after an xID registration', () => {
    const ja = renderMail(xidRegisteredMail, 'ja', { name: '豊岡 太郎', userKey: 'abcd12345', providerName: 'xID' }, '豊岡市施設予約');
    expect(ja.subject).toBe('【豊岡市施設予約】xIDで新規登録が完了しました');
    expect(ja.body).toContain('利用者キー: abcd12345');
    expect(ja.body).toContain('パスワードの再設定');
    const en = renderMail(xidRegisteredMail, 'en', { name: '豊岡 太郎', userKey: 'abcd12345', providerName: 'xID' }, 'Toyooka');
    expect(en.subject).toBe('【Toyooka】Your registration with xID is complete');
    expect(en.body).toContain('User key: abcd12345');
  });

  it('states the reset code, its 30 minutes and the time it ends, in Japan time', () => {
    const params = { code: 'Ab3dEf7H', validMinutes: 30, expiresAt: AT + 30 * 60_000 };
    const ja = renderMail(passwordResetCodeMail, 'ja', params, 'S');
    expect(ja.body).toContain('再設定コード: Ab3dEf7H');
    expect(ja.body).toContain('30分間（令和8年1月5日(月曜日) 10時00分まで）');
    const en = renderMail(passwordResetCodeMail, 'en', params, 'S');
    expect(en.body).toContain('valid for 30 minutes (until Monday, 5 January 2026 at 10:00, Japan time)');
  });

  it('tells the holder when a password was reset or xID was linked', () => {
    expect(renderMail(passwordChangedMail, 'ja', { name: '日高 かえで', at: AT }, 'S').body).toContain('令和8年1月5日(月曜日) 9時30分に');
    expect(renderMail(passwordChangedMail, 'en', { name: 'Kaede', at: AT }, 'S').subject).toBe('【S】Your password has been reset');
    const linked = renderMail(xidLinkedMail, 'ja', { name: '出石 次郎', userKey: 'abcd12345', providerName: 'xID', at: AT }, 'S');
    expect(linked.subject).toBe('【S】xIDとの連携を設定しました');
    expect(linked.body).toContain('利用者キー abcd12345');
  });
});
