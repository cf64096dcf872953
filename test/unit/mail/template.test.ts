import { describe, expect, it } from 'vitest';
import { defineTemplate, renderMail } from '../../../src-main/mail/template';

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
