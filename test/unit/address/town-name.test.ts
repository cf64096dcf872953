// Japan Post's 町域 notes never reach an address field as if they were a town.
import { describe, expect, it } from 'vitest';
import { townNames } from '../../../src-main/address';

describe('townNames', () => {
  it('keeps an ordinary 町域', () => {
    expect(townNames('千代田', '千代田区')).toEqual(['千代田']);
    expect(townNames('象潟町５丁目塩越', 'にかほ市')).toEqual(['象潟町５丁目塩越']);
    expect(townNames('杉名畑４４地割', '二戸郡一戸町')).toEqual(['杉名畑４４地割']);
  });

  it('leaves 町域 empty where the code covers the rest of the 市区町村', () => {
    expect(townNames('以下に掲載がない場合', '射水市')).toEqual(['']);
    expect(townNames(undefined, '射水市')).toEqual(['']);
    expect(townNames('', '射水市')).toEqual(['']);
  });

  it('leaves 町域 empty where the 番地 follows the 市区町村', () => {
    expect(townNames('小菅村の次に６６４番地以降がくる場合', '北都留郡小菅村')).toEqual(['']);
    expect(townNames('琴平町の次に４２７番地以降がくる場合', '仲多度郡琴平町')).toEqual(['']);
    expect(townNames('蒲生郡日野町の次に番地がくる場合', '蒲生郡日野町')).toEqual(['']);
  });

  it('drops 一円 that means the whole village, and keeps a 大字 named 一円', () => {
    expect(townNames('利島村一円', '利島村')).toEqual(['']);
    expect(townNames('北相木村一円', '南佐久郡北相木村')).toEqual(['']);
    expect(townNames('一円', '犬上郡多賀町')).toEqual(['一円']);
  });

  it('drops the bracketed notes of the 丁目 or 番地 a code covers, also a note cut in two', () => {
    expect(townNames('大通西（１～１９丁目）', '札幌市中央区')).toEqual(['大通西']);
    expect(townNames('藤野（４００、４００－２番地）', '札幌市南区')).toEqual(['藤野']);
    expect(townNames('大通西（２０～２８丁目', '札幌市中央区')).toEqual(['大通西']);
  });

  it('turns one 町域 field naming several 大字 into one candidate each', () => {
    expect(townNames('井道、奥井道、内井道', '豊橋市')).toEqual(['井道', '奥井道', '内井道']);
    expect(townNames('甲、乙', '三豊市')).toEqual(['甲', '乙']);
  });

  it('reads a range of 地割 as its 大字', () => {
    expect(townNames('種市第８地割〜第１４地割', '九戸郡洋野町')).toEqual(['種市']);
    expect(townNames('樺沢１６地割、樺沢１７地割', '和賀郡西和賀町')).toEqual(['樺沢']);
    expect(townNames('左草１地割〜左草６地割', '和賀郡西和賀町')).toEqual(['左草']);
  });
});
