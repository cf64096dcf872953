// English: every area, the residents' and the staff's (clerks may prefer it too).
import type { MessageSchema } from '../messages';
import address from './address';
import catalogue from './catalogue';
import city from './city';
import common from './common';
import desk from './desk';
import events from './events';
import health from './health';
import identity from './identity';
import lending from './lending';
import library from './library';
import print from './print';
import staff from './staff';
import statistics from './statistics';

export default {
  ...library,
  ...common,
  ...city,
  ...identity,
  ...address,
  ...staff,
  ...desk,
  ...events,
  ...health,
  ...lending,
  ...print,
  ...catalogue,
  ...statistics,
} satisfies MessageSchema;
