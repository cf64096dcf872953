// Japan Post's 町域 column carries notes where a town name should be, and the packages that ship
// the data clean only some of them. What is left is turned into the names a person writes in an
// address, so a filled-in address never reads 「以下に掲載がない場合」.
//
// KEN_ALL's conventions (utf_ken_all.csv's readme):
// - 「以下に掲載がない場合」: the code covers the rest of the 市区町村 → no 町域.
// - 「○○の次に△△番地がくる場合」 / 「…番地以降がくる場合」: the 市区町村 is followed directly by
//   the 番地 → no 町域.
// - 「○○一円」 where ○○ is the 市区町村 itself (利島村一円): the whole village → no 町域. A real
//   大字 named 一円 (滋賀県犬上郡多賀町一円) stays.
// - （…）: the 丁目 or 番地 ranges the code covers, a note and not part of the name. (The old
//   Shift_JIS ken_all split long notes over several rows; utf_ken_all.csv no longer does, and the
//   packages drop the notes, so a stray bracket is removed here only as a guard.)
// - 「甲、乙」 or 「井道、奥井道、内井道」: one code for several 大字 → one candidate each.
// - 「種市第８地割〜第１４地割」 / 「樺沢１６地割、樺沢１７地割」: a range of 地割 of one 大字 → the
//   大字 (種市), which the person completes with their own 地割.

const NO_TOWN = /以下に掲載がない場合|の次に.*番地.*がくる場合/;
const NOTE = /（[^）]*）?|[（）]/g;
const CHIWARI = /^(.+?)第?[0-9０-９]+地割/;

/** The 町域 names a Japan Post 町域 field stands for ([''] when it stands for the whole 市区町村). */
export function townNames(rawTown: string | undefined, city: string): string[] {
  const town = (rawTown ?? '').replace(NOTE, '').trim();
  if (town === '' || NO_TOWN.test(town)) return [''];
  if (town.endsWith('一円') && town.length > 2 && city.endsWith(town.slice(0, -2))) return [''];
  if (/[〜～、]/.test(town) && CHIWARI.test(town)) return [(CHIWARI.exec(town) as RegExpExecArray)[1] as string];
  if (town.includes('、')) return [...new Set(town.split('、').map((name) => name.trim()).filter((name) => name !== ''))];
  return [town];
}
