// Every message against the test ILS, with Japanese titles, in UTF-8 and in Shift_JIS: the state
// changes each answer reports are the ones the next answer shows.
import { afterEach, describe, expect, it } from 'vitest';
import { PATRON_BLOCKED, PATRON_HANAKO, PATRON_ICHIRO } from '../../fixtures/sip2-server/fixture';
import { checksumOf } from '../../fixtures/sip2-server/wire';
import { type Sip2Env, sip2Env } from './sip2-env';

let env: Sip2Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe.each(['utf-8', 'shift_jis'] as const)('SIP2 messages in %s', (encoding) => {
  it('logs in, and SC status reports what the ILS supports', async () => {
    env = await sip2Env({ encoding });
    const status = await env.client.scStatus();
    expect(status).toMatchObject({ online: true, protocolVersion: '2.00', libraryName: 'テスト市立図書館', terminalLocation: 'テスト端末' });
    expect(status.supportedMessages?.patronInformation).toBe(true);
    expect(status.supportedMessages?.renewAll).toBe(false);
    expect(env.server.logins).toBe(1);
    expect(env.server.received[0]).toBe('9300CNkiosk|COsip-secret|CPhonkan|');
    expect(env.server.badChecksums).toBe(0);
  });

  it('patron status and information: valid and wrong passwords, blocked patrons, each list', async () => {
    env = await sip2Env({ encoding });
    const ok = await env.client.patronStatus({ patronId: PATRON_HANAKO, patronPassword: 'hana1234' });
    expect(ok).toMatchObject({ personalName: '山田 花子', validPatron: true, validPatronPassword: true, blocked: false });
    expect((await env.client.patronStatus({ patronId: PATRON_HANAKO, patronPassword: 'wrong' })).validPatronPassword).toBe(false);
    expect((await env.client.patronStatus({ patronId: '9999999999999', patronPassword: 'x' })).validPatron).toBe(false);
    const blocked = await env.client.patronStatus({ patronId: PATRON_BLOCKED, patronPassword: 'sato5678' });
    expect(blocked).toMatchObject({ blocked: true, personalName: '佐藤 太郎' });
    expect(blocked.status.chargePrivilegesDenied).toBe(true);

    const charged = await env.client.patronInformation({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', summary: 'chargedItems' });
    expect(charged.counts).toMatchObject({ holdItems: 1, overdueItems: 1, chargedItems: 2, fineItems: 1 });
    expect(charged.items.chargedItems).toEqual(['I002', 'I003']);
    expect(charged.unknownFields).toContainEqual({ code: 'XZ', value: 'vendor-extension' });
    expect((await env.client.patronInformation({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', summary: 'holdItems' })).items.holdItems).toEqual(['I005']);
    expect((await env.client.patronInformation({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', summary: 'overdueItems' })).items.overdueItems).toEqual(['I003']);
    expect((await env.client.patronInformation({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', summary: 'fineItems' })).items.fineItems).toEqual(['延滞料 ¥100 銀河鉄道の夜'.replace('¥', encoding === 'shift_jis' ? '\\' : '¥')]);
  });

  it('checkout, item information, renew, checkin and holds change the ILS consistently', async () => {
    env = await sip2Env({ encoding });
    const { client } = env;
    const out = await client.checkout({ patronId: PATRON_ICHIRO, patronPassword: 'ichi0000', itemId: 'I004' });
    expect(out).toMatchObject({ ok: true, itemId: 'I004', titleId: '①から学ぶ髙橋㈱の社史', screenMessages: ['貸出しました'] });
    expect(out.dueDate?.time).toBe('23:59:59');
    expect((await client.itemInformation({ itemId: 'I004' })).circulationStatusName).toBe('charged');
    expect((await client.checkout({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', itemId: 'I004' })).ok).toBe(false);
    expect((await client.checkout({ patronId: PATRON_BLOCKED, patronPassword: 'sato5678', itemId: 'I001' })).screenMessages[0]).toContain('カウンター');

    const renewed = await client.renew({ patronId: PATRON_ICHIRO, patronPassword: 'ichi0000', itemId: 'I004' });
    expect(renewed).toMatchObject({ ok: true, renewalOk: true, titleId: '①から学ぶ髙橋㈱の社史' });
    expect((await client.renew({ patronId: PATRON_ICHIRO, patronPassword: 'ichi0000', itemId: 'I005' })).ok).toBe(false); // held by 花子

    const hold = await client.hold({ mode: 'add', patronId: PATRON_HANAKO, patronPassword: 'hana1234', itemId: 'I004', pickupLocation: 'tobu' });
    expect(hold).toMatchObject({ ok: true, available: false, queuePosition: 1, pickupLocation: 'tobu', titleId: '①から学ぶ髙橋㈱の社史' });
    expect((await client.itemInformation({ itemId: 'I004' })).holdQueueLength).toBe(1);
    expect((await client.hold({ mode: 'add', patronId: PATRON_HANAKO, patronPassword: 'hana1234', itemId: 'I004' })).ok).toBe(false);
    expect((await client.hold({ mode: 'delete', patronId: PATRON_HANAKO, patronPassword: 'hana1234', itemId: 'I004' })).ok).toBe(true);
    expect((await client.hold({ mode: 'add', patronId: PATRON_BLOCKED, patronPassword: 'sato5678', itemId: 'I001' })).ok).toBe(false);

    const back = await client.checkin({ itemId: 'I005' });
    expect(back).toMatchObject({ ok: true, alert: true, titleId: 'こころ', permanentLocation: 'honkan', patronId: PATRON_ICHIRO });
    expect((await client.itemInformation({ itemId: 'I005' })).circulationStatusName).toBe('waitingOnHoldShelf');
    expect((await client.checkin({ itemId: 'I005' })).ok).toBe(false);
    expect((await client.itemInformation({ itemId: 'NOPE' })).circulationStatusName).toBe('other');

    const end = await client.endPatronSession({ patronId: PATRON_HANAKO, patronPassword: 'hana1234' });
    expect(end).toMatchObject({ ended: true, screenMessages: ['ご利用ありがとうございました'] });
    expect(env.server.badChecksums).toBe(0);
  });

  it('sends the checksum over the encoded bytes, which the server checks on its own', async () => {
    env = await sip2Env({ encoding });
    await env.client.hold({ mode: 'change', patronId: PATRON_HANAKO, titleId: '銀河鉄道の夜', pickupLocation: '東部' });
    const raw = env.server.receivedBytes.at(-1) as Buffer;
    const text = raw.toString('latin1');
    const sum = text.slice(-4);
    expect(checksumOf(raw.subarray(0, raw.length - 4))).toBe(sum);
    expect(env.server.received.at(-1)).toContain('AJ銀河鉄道の夜|');
    expect(env.server.badChecksums).toBe(0);
  });
});

describe('SIP2 line endings', () => {
  it('reads answers that end in CRLF (Koha\'s default)', async () => {
    env = await sip2Env({ lineEnding: 'CRLF' });
    for (let i = 0; i < 3; i++) expect((await env.client.patronStatus({ patronId: PATRON_HANAKO })).personalName).toBe('山田 花子');
  });
});
