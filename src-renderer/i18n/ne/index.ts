// The residents' screens in Nepali; staff screens fall back to Japanese.
import type { ResidentMessages } from '../messages';
import address from './address';
import city from './city';
import common from './common';
import identity from './identity';
import library from './library';
import print from './print';

export default {
  ...library,
  ...common,
  ...city,
  ...identity,
  ...address,
  ...print,
} satisfies ResidentMessages;
