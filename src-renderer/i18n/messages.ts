// All screen texts. Japanese is the source and the fallback, and ships with the first screen; every
// other language is its own chunk, loaded when someone picks it (index.ts), so the home screen's
// JavaScript does not grow with each language added.
//
// Texts are split by area so engineers working on different areas never edit the same file.
// Residents' areas (the screens a citizen or patron sees) exist in every language; the staff areas
// (counter and back office, used by the city's and library's own clerks) in Japanese and English.
//
// Convention for a new area <area>:
//   1. write i18n/ja/<area>.ts exporting `{ <area>: { … } }` (one top-level namespace per area),
//      and import it below;
//   2. write i18n/en/<area>.ts with exactly the same keys, ending in `satisfies typeof ja`
//      (import type ja from '../ja/<area>'), and add it to i18n/en/index.ts;
//   3. a residents' area: add it to ResidentMessages below and to every i18n/<locale>/index.ts.
// test/unit/renderer/i18n.test.ts fails when a language misses or adds a single key.
import jaAddress from './ja/address';
import jaCatalogue from './ja/catalogue';
import jaCity from './ja/city';
import jaCommon from './ja/common';
import jaDesk from './ja/desk';
import jaEvents from './ja/events';
import jaHealth from './ja/health';
import jaIdentity from './ja/identity';
import jaLending from './ja/lending';
import jaLibrary from './ja/library';
import jaPrint from './ja/print';
import jaStaff from './ja/staff';
import jaStatistics from './ja/statistics';

export const ja = {
  ...jaLibrary,
  ...jaCommon,
  ...jaCity,
  ...jaIdentity,
  ...jaAddress,
  ...jaStaff,
  ...jaDesk,
  ...jaEvents,
  ...jaHealth,
  ...jaLending,
  ...jaPrint,
  ...jaCatalogue,
  ...jaStatistics,
};

export type MessageSchema = typeof ja;

/** What every language carries: the screens residents use. */
export type ResidentMessages = typeof jaCommon & typeof jaCity & typeof jaIdentity & typeof jaLibrary & typeof jaAddress & typeof jaPrint;
