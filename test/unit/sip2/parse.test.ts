import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSipText, type Sip2Encoding } from '../../../src-main/library-system/sip2/encoding';
import { Sip2Error } from '../../../src-main/library-system/sip2/errors';
import { frameMessage } from '../../../src-main/library-system/sip2/framing';
import { parseAnswer } from '../../../src-main/library-system/sip2/parse';
import type { AnswerOfType, SipAnswer } from '../../../src-main/library-system/sip2/responses';

const now = '20260106    000405';

/** An answer as it arrives (without the CR), with AY/AZ. */
function wire(text: string, sequence: number | null = 1, encoding: Sip2Encoding = 'utf-8'): Buffer {
  const framed = frameMessage(encodeSipText(text, encoding), sequence);
  return framed.subarray(0, framed.length - 1);
}

function parsed<T extends SipAnswer['type']>(type: T, text: string, encoding: Sip2Encoding = 'utf-8'): AnswerOfType<T> {
  const result = parseAnswer(wire(text, 1, encoding), encoding);
  if (!result.ok) throw new Error(`expected an answer, got ${result.error.message}`);
  expect(result.answer.type).toBe(type);
  return result.answer as AnswerOfType<T>;
}

function failure(frame: Buffer, encoding: Sip2Encoding = 'utf-8'): Sip2Error {
  const result = parseAnswer(frame, encoding);
  if (result.ok) throw new Error(`expected an error, got ${result.answer.type}`);
  expect(result.error).toBeInstanceOf(Sip2Error);
  return result.error;
}

describe('SIP2 answers', () => {
  it('94 login', () => {
    expect(parsed('94', '941')).toMatchObject({ ok: true, sequence: 1 });
    expect(parsed('94', '940').ok).toBe(false);
  });

  it('98 ACS status, with BX decoded into message names', () => {
    const answer = parsed('98', `98YYYYNN030003${now}2.00AOLIB|AMテスト市立図書館|BXYYYNYNYYYNYNNYYN|ANkiosk-1|AFようこそ|`);
    expect(answer).toMatchObject({ online: true, checkinOk: true, checkoutOk: true, offlineOk: false, timeoutPeriod: 30, retriesAllowed: 3, protocolVersion: '2.00', institutionId: 'LIB', libraryName: 'テスト市立図書館', terminalLocation: 'kiosk-1', screenMessages: ['ようこそ'] });
    expect(answer.dateTime).toEqual({ date: '2026-01-06', time: '00:04:05', utc: false });
    expect(answer.supportedMessages).toMatchObject({ patronStatus: true, checkout: true, blockPatron: false, login: true, patronInformation: true, feePaid: false, hold: true, renew: true, renewAll: false });
    expect(parsed('98', `98NNNNNN999999${now}2.00AOLIB|`)).toMatchObject({ online: false, timeoutPeriod: null, supportedMessages: null });
  });

  it('24 patron status: the 14 flags, BL and CQ', () => {
    const answer = parsed('24', `24Y  Y      Y   000${now}AE佐藤 太郎|AA1002|BLY|CQN|BHJPY|BV300|AOLIB|`);
    expect(answer.status.chargePrivilegesDenied).toBe(true);
    expect(answer.status.holdPrivilegesDenied).toBe(true);
    expect(answer.status.excessiveOutstandingFines).toBe(true);
    expect(answer.status.renewalPrivilegesDenied).toBe(false);
    expect(answer).toMatchObject({ blocked: true, personalName: '佐藤 太郎', patronId: '1002', validPatron: true, validPatronPassword: false, currencyType: 'JPY', feeAmount: '300' });
    expect(parsed('24', `24${' '.repeat(14)}000${now}AE山田|AA1|BLY|AOLIB|`)).toMatchObject({ blocked: false, validPatronPassword: null });
  });

  it('64 patron information: counts, the listed items, and unknown fields kept aside', () => {
    const answer = parsed('64', `64${' '.repeat(14)}000${now}000100010002000100000000AOLIB|AA1001|AE山田 花子|BZ0010|CB0020|BLY|CQY|AUI002|AUI003|BEhanako@example.jp|XZvendor|`);
    expect(answer.counts).toEqual({ holdItems: 1, overdueItems: 1, chargedItems: 2, fineItems: 1, recallItems: 0, unavailableHoldItems: 0 });
    expect(answer.items.chargedItems).toEqual(['I002', 'I003']);
    expect(answer.limits).toEqual({ holdItems: 10, overdueItems: null, chargedItems: 20, fee: null });
    expect(answer.email).toBe('hanako@example.jp');
    expect(answer.unknownFields).toEqual([{ code: 'XZ', value: 'vendor' }]);
    expect(parsed('64', `64${' '.repeat(14)}000${now}${' '.repeat(24)}AOLIB|AA1|AE|`).counts.chargedItems).toBeNull();
  });

  it('12 checkout and 30 renew: ok, due date, title', () => {
    const answer = parsed('12', `121NNY${now}AOLIB|AA1001|ABI001|AJ吾輩は猫である|AH20260120    235959|CK001|AF貸出しました|`);
    expect(answer).toMatchObject({ ok: true, renewalOk: false, magneticMedia: 'N', desensitize: 'Y', itemId: 'I001', titleId: '吾輩は猫である', dueDateText: '20260120    235959', mediaType: '001', screenMessages: ['貸出しました'] });
    expect(answer.dueDate).toEqual({ date: '2026-01-20', time: '23:59:59', utc: false });
    expect(parsed('30', `300NUN${now}AOLIB|AA1|ABI1|AJ|AH2026/01/20|AF延長できません|`)).toMatchObject({ ok: false, magneticMedia: 'U', dueDate: null, dueDateText: '2026/01/20' });
  });

  it('10 checkin, 16 hold, 18 item information, 36 end session, 96 resend', () => {
    expect(parsed('10', `101YNY${now}AOLIB|ABI005|AQhonkan|AJこころ|AA1003|CV01|`)).toMatchObject({ ok: true, resensitize: true, alert: true, permanentLocation: 'honkan', titleId: 'こころ', patronId: '1003', unknownFields: [{ code: 'CV', value: '01' }] });
    expect(parsed('16', `161N${now}BR2|BStobu|AOLIB|AA1|ABI005|AJこころ|`)).toMatchObject({ ok: true, available: false, queuePosition: 2, pickupLocation: 'tobu' });
    const item = parsed('18', `18040001${now}CF1|AH20260110    235959|ABI002|AJ銀河鉄道の夜|CK001|AQhonkan|`);
    expect(item).toMatchObject({ circulationStatus: '04', circulationStatusName: 'charged', holdQueueLength: 1, titleId: '銀河鉄道の夜', permanentLocation: 'honkan' });
    expect(item.dueDate?.date).toBe('2026-01-10');
    expect(parsed('18', `18990001${now}ABx|AJ|`).circulationStatusName).toBe('unknown');
    expect(parsed('36', `36Y${now}AOLIB|AA1|`)).toMatchObject({ ended: true, patronId: '1' });
    expect(parsed('96', '96').type).toBe('96');
  });

  it('reads Shift_JIS answers with the checksum over the Shift_JIS bytes', () => {
    expect(parsed('12', `121NNY${now}AOLIB|AA1|ABI004|AJ①から学ぶ髙橋㈱の社史|AH20260120    235959|`, 'shift_jis').titleId).toBe('①から学ぶ髙橋㈱の社史');
  });

  it('takes fields in any order and keeps a repeated single field\'s extra copies as unknown', () => {
    const answer = parsed('36', `36N${now}AA1|AOLIB|AA2|`);
    expect(answer.patronId).toBe('1');
    expect(answer.unknownFields).toEqual([{ code: 'AA', value: '2' }]);
  });

  it('a wrong checksum, a truncated message or an unknown type is a typed error', () => {
    const good = wire('941');
    const bad = Buffer.from(good);
    bad[2] = 0x30; // the checksum no longer fits
    expect(failure(bad).reason).toBe('checksum');
    expect(failure(wire(`12${'1NNY'}2026`)).reason).toBe('garbled');
    expect(failure(wire(`12${'1NNY'}2026`)).detail).toMatch(/truncated/);
    expect(failure(wire('XX hello')).reason).toBe('garbled');
    expect(failure(wire(`12XNNY${now}AOLIB|`)).reason).toBe('garbled');
    expect(failure(Buffer.alloc(0)).reason).toBe('garbled');
  });

  it('accepts an answer without error detection (the protocol makes it optional)', () => {
    const result = parseAnswer(Buffer.from('941'), 'utf-8');
    expect(result.ok && result.answer).toMatchObject({ type: '94', ok: true, sequence: null });
  });

  it('any bytes give an answer or a Sip2Error, never a throw (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom<Sip2Encoding>('utf-8', 'shift_jis'), (bytes, encoding) => {
        const result = parseAnswer(Buffer.from(bytes), encoding);
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(Sip2Error);
          // The parser's last-resort catch stays unused: every failure is a path of its own.
          expect(result.error.detail).not.toBe('unreadable message');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('near-valid messages (a real prefix, random rest, a correct checksum) never throw either (fuzz)', () => {
    const prefixes = ['94', '98', '24', '64', '12', '10', '30', '16', '18', '36', '96'];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.string({ maxLength: 120 }), fc.constantFrom<Sip2Encoding>('utf-8', 'shift_jis'), (code, rest, encoding) => {
        const result = parseAnswer(wire(`${code}${rest}`, 3, encoding), encoding);
        if (result.ok) expect(result.answer.type).toBe(code);
        else expect(result.error.detail).not.toBe('unreadable message');
      }),
      { numRuns: 5000 },
    );
  });
});
