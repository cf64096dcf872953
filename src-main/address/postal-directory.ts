// The port the address lookup is written against: a postal code in, the places it covers out.
// The data behind it varies (a package that ships Japan Post's list today; a converted
// utf_ken_all.csv or a city's own list tomorrow), so main and the tests only know this shape.
import type { PostalResult } from '../../src-shared/contract/address';

export type { PostalAddress, PostalResult } from '../../src-shared/contract/address';

export interface PostalDirectory {
  /** `code` is 7 half-width digits (the contract's postalCode rule has normalised it). */
  lookup(code: string): Promise<PostalResult>;
}
