import { describe, expect, it } from 'vitest';
import { defineTemplate, renderMail } from '../../../src-main/mail/template';
import { testMail } from '../../../src-main/mail/templates/test-mail';

const notice = defineTemplate<{ title: string }>('test.notice', {
  ja: ({ title }, { systemName }) => ({ subject: `${title}のお知らせ`, body: `${systemName}からのお知らせです。\r\n「${title}」\r\n` }),
  en: ({ title }, { systemName }) => ({ subject: `Notice: ${title}`, body: `A notice from ${systemName}.\n"${title}"\n` }),
});

describe('renderMail', () => {
  it('prefixes the subject with the system name in 【】 and passes the name to the template', () => {
    expect(renderMail(notice, 'ja', { title: '休館日' }, '市立図書館')).toEqual({
      subject: '【市立図書館】休館日のお知らせ',
      body: '市立図書館からのお知らせです。\n「休館日」\n',
    });
    expect(renderMail(notice, 'en', { title: 'Closed day' }, 'City Library')).toEqual({
      subject: '【City Library】Notice: Closed day',
      body: 'A notice from City Library.\n"Closed day"\n',
    });
  });

  it('keeps the subject on one line whatever the parameters hold', () => {
    const { subject } = renderMail(notice, 'en', { title: 'a\r\nBcc: someone@example.com\n' }, 'City Library');
    expect(subject).toBe('【City Library】Notice: a Bcc: someone@example.com');
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe('test mail', () => {
  it('has a complete Japanese and English version naming the system', () => {
    const ja = renderMail(testMail, 'ja', { sentAt: '2026年1月5日 9:00' }, '窓口e-予約システム');
    expect(ja.subject).toBe('【窓口e-予約システム】テストメール');
    expect(ja.body).toContain('窓口e-予約システムから送信したテストメールです。');
    expect(ja.body).toContain('送信日時：2026年1月5日 9:00');
    const en = renderMail(testMail, 'en', { sentAt: '5 January 2026 9:00' }, 'Madoguchi e-Reservation');
    expect(en.subject).toBe('【Madoguchi e-Reservation】Test mail');
    expect(en.body).toContain('sent by Madoguchi e-Reservation.');
    expect(en.body).toContain('Sent: 5 January 2026 9:00');
  });
});
