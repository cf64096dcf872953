// All screen texts, merged from one module per area so that engineers working on different areas
// never edit the same message file.
//
// Convention for a new area <area>:
//   1. write i18n/ja/<area>.ts exporting `{ <area>: { … } }` (one top-level namespace per area),
//   2. write i18n/en/<area>.ts with exactly the same keys, ending in `satisfies typeof ja`
//      (import type ja from '../ja/<area>'),
//   3. add one import line per language below and spread it into `ja` and `en`.
// test/unit/renderer/i18n.test.ts fails when ja and en differ by a single key.
import jaCommon from './ja/common';
import enCommon from './en/common';
import jaCity from './ja/city';
import enCity from './en/city';
import jaIdentity from './ja/identity';
import enIdentity from './en/identity';
import jaLibrary from './ja/library';
import enLibrary from './en/library';
import jaStaff from './ja/staff';
import enStaff from './en/staff';
import jaDesk from './ja/desk';
import enDesk from './en/desk';
import jaEvents from './ja/events';
import enEvents from './en/events';
import jaHealth from './ja/health';
import enHealth from './en/health';

export const ja = {
  ...jaLibrary,
  ...jaCommon,
  ...jaCity,
  ...jaIdentity,
  ...jaStaff,
  ...jaDesk,
  ...jaEvents,
  ...jaHealth,
};

export type MessageSchema = typeof ja;

export const en: MessageSchema = {
  ...enLibrary,
  ...enCommon,
  ...enCity,
  ...enIdentity,
  ...enStaff,
  ...enDesk,
  ...enEvents,
  ...enHealth,
};

export const messages = { ja, en };
