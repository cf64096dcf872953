import { describe, expect, it } from 'vitest';
import { describeSendError, isConnectionFailure, secretsOfSmtpUrl } from '../../../src-main/mail/send-error';

describe('describeSendError', () => {
  it('names the code, the SMTP reply code and the message on one line', () => {
    const error = Object.assign(new Error('Message failed:\n  451 try again later'), { code: 'EMESSAGE', responseCode: 451 });
    expect(describeSendError(error)).toBe('EMESSAGE 451: Message failed: 451 try again later');
  });

  it('never keeps the SMTP user or password', () => {
    const url = 'smtp://kiosk%40city.example:s3cret-Pass@mail.city.example:587';
    const secrets = secretsOfSmtpUrl(url);
    const error = Object.assign(new Error(`Invalid login for kiosk@city.example with s3cret-Pass via ${url}`), { code: 'EAUTH' });
    const text = describeSendError(error, secrets);
    expect(text).not.toContain('s3cret-Pass');
    expect(text).not.toContain('kiosk@city.example');
    expect(text).toContain('EAUTH');
  });

  it('blanks the userinfo of any SMTP URL in the text', () => {
    expect(describeSendError(new Error('cannot reach smtps://u:p@host:465'))).toBe('cannot reach smtps://***@host:465');
  });

  it('stays short', () => {
    const text = describeSendError(new Error('x'.repeat(5000)));
    expect(text.length).toBeLessThanOrEqual(200);
  });

  it('describes values that are not errors', () => {
    expect(describeSendError('boom')).toBe('boom');
    expect(describeSendError(undefined)).toBe('undefined');
    expect(describeSendError({})).toBe('unknown error');
  });
});

describe('secretsOfSmtpUrl', () => {
  it('is empty without a URL or without credentials', () => {
    expect(secretsOfSmtpUrl(null)).toEqual([]);
    expect(secretsOfSmtpUrl('smtp://127.0.0.1:2525')).toEqual([]);
  });
});

describe('isConnectionFailure', () => {
  it('tells an unreachable server from a rejected message', () => {
    expect(isConnectionFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe(true);
    expect(isConnectionFailure(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))).toBe(true);
    expect(isConnectionFailure(Object.assign(new Error('550 no such user'), { code: 'EENVELOPE' }))).toBe(false);
    expect(isConnectionFailure(new Error('disk full'))).toBe(false);
  });
});
