// The catalogue file's reading and line rules, without a store: encodings (UTF-8 with and without
// BOM, Shift_JIS), CSV and TSV, Japanese and English headers, and each reason a line is refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkCatalogueFile } from '../../../src-main/library/catalogue-import-file';
import { readIsbn, readYear } from '../../../src-main/library/catalogue-import-line';
import { chunkSizes } from '../../../src-main/library/catalogue-import-store';

const BRANCHES: Record<string, string> = { honkan: 'honkan', 本館: 'honkan', 'main library': 'honkan', tatsuta: 'tatsuta', 龍田: 'tatsuta' };
const rules = { branchOf: (cell: string) => BRANCHES[cell.toLowerCase()] ?? null, maxYear: 2027 };
const JA_HEADER = '資料ID,ISBN,書名,著者,出版者,出版年,NDC,所蔵館,状態';
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('encodings and layouts', () => {
  const body = `${JA_HEADER}\r\n1000000001,978-4-900000-00-1,吾輩は猫である,夏目漱石,白川書房,2016,913.6,本館,利用可\r\n`;

  it('reads UTF-8 without and with the BOM Excel writes', () => {
    for (const bytes of [utf8(body), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(body)])]) {
      const file = checkCatalogueFile(bytes, rules);
      expect(file.encoding).toBe('utf-8');
      expect(file.refusals).toEqual([]);
      expect(file.accepted).toEqual([
        {
          line: 2,
          item: {
            barcode: '1000000001', isbn: '9784900000001', title: '吾輩は猫である', author: '夏目漱石', publisher: '白川書房',
            year: 2016, ndc: '913.6', branch: 'honkan', status: 'available', kind: 'book',
          },
        },
      ]);
    }
  });

  it('finds Shift_JIS (Windows-31J, with ① and 髙) and reads it right', () => {
    const sjis = iconv.encode(`${JA_HEADER}\r\n1000000002,,髙橋家の①番目の本,髙橋 一郎,肥後出版,平成30年,913.6,龍田,禁帯出\r\n`, 'shift_jis');
    const file = checkCatalogueFile(sjis, rules);
    expect(file.encoding).toBe('shift_jis');
    expect(file.refusals).toEqual([]);
    // NFKC folds ① to 1, as the catalogue search folds what patrons type.
    expect(file.accepted[0]?.item).toMatchObject({ title: '髙橋家の1番目の本', author: '髙橋 一郎', year: 2018, branch: 'tatsuta', status: 'reference' });
  });

  it('reads TSV with English headers in any order, ignoring unknown columns', () => {
    const tsv = 'Title\tItem ID\tShelf mark\tBranch\tYear\tISBN\tType\n"Kokoro\t(tab inside quotes)"\tB-0001\tX12\tMain Library\t2018\t4-10-101013-7\tebook\n';
    const file = checkCatalogueFile(utf8(tsv), rules);
    expect(file.delimiter).toBe('tab');
    expect(file.refusals).toEqual([]);
    // An ISBN-10 is kept in its ISBN-13 form.
    expect(file.accepted[0]?.item).toMatchObject({ barcode: 'B-0001', title: 'Kokoro\t(tab inside quotes)', branch: 'honkan', year: 2018, isbn: '9784101010137', kind: 'ebook' });
  });

  it('takes full-width digits and letters in headers and cells', () => {
    const file = checkCatalogueFile(utf8('ＩＳＢＮ,資料ＩＤ,書名,所蔵館,出版年\n９７８４９０００００００１,１２３４５,ｐｙｔｈｏｎ入門,本館,２０２０年\n'), rules);
    expect(file.refusals).toEqual([]);
    expect(file.accepted[0]?.item).toMatchObject({ barcode: '12345', isbn: '9784900000001', title: 'python入門', year: 2020 });
  });
});

describe('refused lines', () => {
  it('names the line, the field and the reason of each problem', () => {
    const csv = [
      JA_HEADER,
      ',,題名だけ,,,,,本館,', // 2: no 資料ID
      '1000000003,978-4-900000-00-2,チェック違い,,,2016,913.6,本館,', // 3: ISBN check digit
      '1000000004,,未来の本,,,2099,913.6,本館,', // 4: year out of range
      '1000000005,,年ではない,,,そのうち,913.6,本館,', // 5: year format
      '1000000006,,分類違い,,,2001,91,本館,', // 6: NDC
      '1000000007,,知らない館,,,2001,913,西館,', // 7: branch
      '1000000008,,状態違い,,,2001,913,本館,貸し出し済み', // 8: status
      '1000000003,,二度目,,,2001,913,本館,', // 9: duplicate of line 3 (whose only fault is its ISBN)
      '1000000009,,,,,,,,', // 10: no title, no branch
      '1000 0010,,空白入り,,,,,本館,', // 11: barcode format
    ].join('\n');
    const file = checkCatalogueFile(utf8(csv), rules);
    expect(file.lines).toBe(10);
    expect(file.refusedLines).toBe(10);
    expect(file.accepted).toEqual([]);
    expect(file.refusals.map((r) => [r.line, r.field, r.reason, r.otherLine])).toEqual([
      [2, 'barcode', 'required', null],
      [3, 'isbn', 'checksum', null],
      [4, 'year', 'out_of_range', null],
      [5, 'year', 'format', null],
      [6, 'ndc', 'format', null],
      [7, 'branch', 'unknown_branch', null],
      [8, 'status', 'unknown_status', null],
      [9, 'barcode', 'duplicate', 3],
      [10, 'title', 'required', null],
      [10, 'branch', 'required', null],
      [11, 'barcode', 'format', null],
    ]);
    expect(file.refusals.find((r) => r.line === 7)?.value).toBe('西館');
  });

  it('counts a quoted cell over two lines from its first line, and reports an unclosed quote', () => {
    const csv = `${JA_HEADER}\n1000000001,,"二行に\nわたる書名",,,,,本館,\n1000000002,,次の本,,,,,本館,\n1000000003,,"閉じない引用,,,,,本館,\n1000000004,,最後,,,,,本館,\n`;
    const file = checkCatalogueFile(utf8(csv), rules);
    expect(file.accepted.map((a) => [a.line, a.item.title])).toEqual([
      [2, '二行に\nわたる書名'],
      [4, '次の本'],
    ]);
    expect(file.refusals.map((r) => [r.line, r.reason])).toEqual([[5, 'malformed']]);
    expect(file.refusedLines).toBe(1);
  });

  it('refuses a file without a required column, or without lines, as a whole', () => {
    const missing = checkCatalogueFile(utf8('ISBN,書名\n9784900000001,本\n'), rules);
    expect(missing.refusals.map((r) => [r.line, r.field, r.reason])).toEqual([
      [1, 'barcode', 'missing_column'],
      [1, 'branch', 'missing_column'],
    ]);
    expect(checkCatalogueFile(utf8(`${JA_HEADER}\n`), rules).refusals.map((r) => r.reason)).toEqual(['empty']);
    expect(checkCatalogueFile(utf8(''), rules).refusals.map((r) => r.reason)).toEqual(['empty']);
  });
});

describe('cell rules', () => {
  it('checks ISBN-10 and ISBN-13 check digits, with hyphens, spaces and an X', () => {
    expect(readIsbn('ISBN 4-10-101013-7')).toBe('9784101010137');
    expect(readIsbn('0-8044-2957-X')).toBe('9780804429573');
    expect(readIsbn('978-4-10-101013-7')).toBe('9784101010137');
    expect(readIsbn('978-4-10-101013-8')).toBe('checksum');
    expect(readIsbn('4-10-101013-0')).toBe('checksum');
    expect(readIsbn('12345')).toBe('format');
  });

  it('reads the years libraries write', () => {
    expect(['2019', '2019年', '2019.4', '2019-04-01', '2019年4月', '平成31年', '令和元年', '昭和64', '２０１９'].map(readYear)).toEqual([
      2019, 2019, 2019, 2019, 2019, 2019, 2019, 1989, 2019,
    ]);
    expect(readYear('2019年頃')).toBeNull();
  });

  it('writes in chunks of 512 and the rest in powers of two', () => {
    expect(chunkSizes(1100)).toEqual([512, 512, 64, 8, 4]);
    expect(chunkSizes(29)).toEqual([16, 8, 4, 1]);
    expect(chunkSizes(0)).toEqual([]);
  });
});
