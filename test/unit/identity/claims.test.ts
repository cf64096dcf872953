import { describe, expect, it } from 'vitest';
import { readClaims } from '../../../src-main/identity/claims';

describe('reading the claims an account keeps from xID', () => {
  it('takes name, birth date, mail, postal code and address, with the form rules applied', () => {
    expect(
      readClaims({
        sub: 'xid-1',
        name: '豊岡　太郎',
        birthdate: '1985-04-12',
        email: 'ｔａｒｏ@example.jp',
        email_verified: true,
        address: { formatted: '〒668-8666 兵庫県豊岡市中央町2番4号', postal_code: '668-8666' },
        phone_number: '+81 796 23 1111',
      }),
    ).toEqual({
      sub: 'xid-1',
      name: '豊岡 太郎',
      birthdate: '1985-04-12',
      email: 'taro@example.jp',
      postalCode: '6688666',
      address: '兵庫県豊岡市中央町2番4号',
    });
  });

  it('builds the name from family and given names, and the address from its parts', () => {
    expect(
      readClaims({ sub: 's', family_name: '城崎', given_name: '花子', address: { region: '兵庫県', locality: '豊岡市', street_address: '城崎町湯島 1' } }),
    ).toMatchObject({ name: '城崎 花子', address: '兵庫県豊岡市城崎町湯島 1', postalCode: null, email: null, birthdate: null });
  });

  it('drops malformed optional claims instead of refusing the citizen', () => {
    expect(readClaims({ sub: 's', name: '出石 次郎', birthdate: '1978', email: 'not-an-address', address: { postal_code: '12' } })).toMatchObject({
      birthdate: null,
      email: null,
      postalCode: null,
      address: null,
    });
    expect(readClaims({ sub: 's', name: '出石 次郎', birthdate: '1978-02-30' })?.birthdate).toBeNull();
  });

  it('keeps a mail address only when the provider says it verified it', () => {
    const claims = { sub: 's', name: '日高 三郎', email: 'saburo@example.jp' };
    expect(readClaims({ ...claims, email_verified: true })?.email).toBe('saburo@example.jp');
    expect(readClaims({ ...claims, email_verified: false })?.email).toBeNull();
    expect(readClaims({ ...claims, email_verified: 'true' })?.email).toBeNull();
    expect(readClaims(claims)?.email).toBeNull();
  });

  it('refuses an answer without a subject or a name', () => {
    expect(readClaims({ name: '豊岡 太郎' })).toBeNull();
    expect(readClaims({ sub: '', name: '豊岡 太郎' })).toBeNull();
    expect(readClaims({ sub: 's' })).toBeNull();
    expect(readClaims({ sub: 's', name: '   ' })).toBeNull();
    expect(readClaims({ sub: 's', name: 'あ'.repeat(61) })).toBeNull();
  });
});
