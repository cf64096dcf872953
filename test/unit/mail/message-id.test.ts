import { describe, expect, it } from 'vitest';
import { emlFileName } from '../../../src-main/mail/file-transport';
import { createMessageId } from '../../../src-main/mail/message-id';

describe('createMessageId', () => {
  it('uses the domain of the sender address', () => {
    expect(createMessageId('窓口 <no-reply@city.example.jp>')).toMatch(/^<[0-9a-f-]{36}@city\.example\.jp>$/);
    expect(createMessageId('library@lib.example')).toMatch(/^<[0-9a-f-]{36}@lib\.example>$/);
  });

  it('falls back to a local domain when the sender has none', () => {
    expect(createMessageId('Madoguchi')).toMatch(/^<[0-9a-f-]{36}@madoguchi\.local>$/);
  });

  it('is different for every mail', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createMessageId('a@b.example')));
    expect(ids.size).toBe(1000);
  });
});

describe('emlFileName', () => {
  it('is derived from the outbox id and the Message-ID, safe as a file name', () => {
    expect(emlFileName({ outboxId: 42, messageId: '<0b0e7c1e-6a53-4b7e-9d8e-6f1f3d1c2b3a@city.example.jp>' })).toBe(
      '000042-0b0e7c1e-6a53-4b7e-9d8e-6f1f3d1c2b3a@city.example.jp.eml',
    );
    expect(emlFileName({ outboxId: 1, messageId: '<../../etc/x y@z>' })).toBe('000001-.._.._etc_x_y@z.eml');
  });
});
