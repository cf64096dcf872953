// Chooses the library system from config at start: `local` needs nothing; `sip2` makes the SIP2
// client from library.sip2 (password and CA read now, never logged). The client connects lazily,
// on the first request, so a kiosk starts even while the ILS is down: its library screens then say
// 図書館システムに接続できません until it is back, and everything else works.
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import { sip2Password, sip2TlsCa } from '../config/sip2-secrets';
import type { Logger } from '../log';
import type { Sip2Config } from '../config/library-sip2';
import { createSip2Client, type Sip2Client, type Sip2ClientOptions } from './sip2/client';

export interface IlsClientOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  log: Logger;
  clock: Clock;
  /** Tests shorten the reconnect back-off. */
  backoff?: { initialMs: number; maxMs: number };
}

/** The SIP2 client when library.system is sip2; null for local. */
export function openIlsClient(config: Config, options: IlsClientOptions): Sip2Client | null {
  const { library } = config;
  if (library.system !== 'sip2' || !library.sip2) return null;
  return createSip2Client(sip2ClientOptions(library.sip2, library.timeZone, options));
}

/**
 * The client library.sip2 describes, with its password and CA read now (a ConfigError when they
 * cannot be): for the app, and for `madoguchi-admin sip2 check`, which tries the same settings.
 */
export function sip2ClientOptions(sip2: Sip2Config, timeZone: string, options: IlsClientOptions): Sip2ClientOptions {
  const password = sip2Password(sip2, { dataDir: options.dataDir, env: options.env });
  const ca = sip2TlsCa(sip2, options.dataDir);
  return {
    host: sip2.host,
    port: sip2.port,
    tls: sip2.tls ? (ca === undefined ? true : { ca }) : false,
    user: sip2.user,
    password,
    locationCode: sip2.locationCode,
    institutionId: sip2.institutionId,
    encoding: sip2.encoding,
    timeoutMs: sip2.timeoutMs,
    poolSize: sip2.poolSize,
    statusEveryMs: sip2.statusEverySeconds * 1000,
    timeZone,
    log: options.log,
    clock: options.clock,
    ...(options.backoff ? { backoff: options.backoff } : {}),
  };
}
