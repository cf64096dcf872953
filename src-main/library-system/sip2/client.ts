// The SIP2 client the library system port's `sip2` adapter is written on: one method per message,
// typed answers, and Sip2Error for everything that is not an answer. A "no" from the ILS (checkout
// refused, wrong patron password, hold not placed) is an answer, not an error: the caller reads
// ok / validPatronPassword / status and screenMessages.
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import type { Clock } from '../../clock';
import { systemClock } from '../../clock';
import type { Logger } from '../../log';
import { type AnswerCode } from './codes';
import { Sip2Connection } from './connection';
import { formatSipDate } from './dates';
import type { Sip2Encoding } from './encoding';
import { Sip2Error } from './errors';
import { Sip2Pool } from './pool';
import {
  type CheckinInput,
  checkinRequest,
  type CheckoutInput,
  checkoutRequest,
  endPatronSessionRequest,
  type HoldInput,
  holdRequest,
  itemInformationRequest,
  type PatronCredentials,
  type PatronInformationInput,
  patronInformationRequest,
  patronStatusRequest,
  type RenewInput,
  renewRequest,
  type RequestContext,
  scStatusRequest,
  type SipRequest,
} from './requests';
import type { AnswerOfType, SipAnswer } from './responses';

export interface Sip2ClientOptions {
  host: string;
  port: number;
  /** false: plain TCP; true: TLS checked against the system's CAs; or Node's TLS options (ca, …). */
  tls: boolean | TlsOptions;
  /** The SIP account the kiosk logs in with (CN / CO). */
  user: string;
  password: string;
  /** CP in the login, and AP (current location) of a checkin unless given. */
  locationCode: string;
  /** AO in every request. */
  institutionId: string;
  encoding: Sip2Encoding;
  timeoutMs: number;
  poolSize: number;
  /** An SC status (99) on a connection idle this long. */
  statusEveryMs: number;
  /** Dates are written in the library's time zone. */
  timeZone: string;
  log: Logger;
  clock?: Clock;
  backoff?: { initialMs: number; maxMs: number };
  /** Three digits (SIP2 language code); '000' lets the ILS choose. */
  language?: string;
}

export interface Sip2Client {
  /** 99 → 98: whether the ILS is online and what it supports. */
  scStatus(): Promise<AnswerOfType<'98'>>;
  /** 23 → 24: status flags, whether the card and password are valid. */
  patronStatus(input: PatronCredentials): Promise<AnswerOfType<'24'>>;
  /** 63 → 64: counts, and one list (holds, overdue, charged, fines, …) when `summary` names it. */
  patronInformation(input: PatronInformationInput): Promise<AnswerOfType<'64'>>;
  /** 11 → 12 */
  checkout(input: CheckoutInput): Promise<AnswerOfType<'12'>>;
  /** 09 → 10 */
  checkin(input: CheckinInput): Promise<AnswerOfType<'10'>>;
  /** 29 → 30 */
  renew(input: RenewInput): Promise<AnswerOfType<'30'>>;
  /** 15 → 16: place (mode add), cancel (delete) or change a hold. */
  hold(input: HoldInput): Promise<AnswerOfType<'16'>>;
  /** 17 → 18 */
  itemInformation(input: { itemId: string }): Promise<AnswerOfType<'18'>>;
  /** 35 → 36 */
  endPatronSession(input: PatronCredentials): Promise<AnswerOfType<'36'>>;
  /** Formats an instant as a SIP2 date in the library's time zone (for hold expiration dates). */
  sipDate(epochMs: number): string;
  /** Connections open now. */
  readonly connections: number;
  close(): Promise<void>;
}

export const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 60_000 };

export function createSip2Client(options: Sip2ClientOptions): Sip2Client {
  const clock = options.clock ?? systemClock;
  const tls = options.tls === false ? false : options.tls === true ? {} : options.tls;
  const pool = new Sip2Pool({
    size: options.poolSize,
    timeoutMs: options.timeoutMs,
    statusEveryMs: options.statusEveryMs,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    open: (id) =>
      Sip2Connection.open(
        { host: options.host, port: options.port, tls, encoding: options.encoding, timeoutMs: options.timeoutMs, log: options.log, id },
        { user: options.user, password: options.password, locationCode: options.locationCode },
      ),
  });

  const context = (): RequestContext => {
    const ctx: RequestContext = { now: formatSipDate(clock.now(), options.timeZone), institutionId: options.institutionId };
    if (options.language) ctx.language = options.language;
    return ctx;
  };

  async function send<T extends AnswerCode>(request: SipRequest<T>): Promise<AnswerOfType<T>> {
    const answer: SipAnswer = await pool.run((connection) => connection.exchange(request));
    // The connection already refused any other type; this narrows it for TypeScript.
    if (answer.type !== request.answer) throw new Sip2Error('garbled', `expected ${request.answer}, got ${answer.type}`);
    return answer as AnswerOfType<T>;
  }

  return {
    scStatus: () => send(scStatusRequest()),
    patronStatus: (input) => send(patronStatusRequest(context(), input)),
    patronInformation: (input) => send(patronInformationRequest(context(), input)),
    checkout: (input) => send(checkoutRequest(context(), input)),
    checkin: (input) => send(checkinRequest(context(), { currentLocation: options.locationCode, ...input })),
    renew: (input) => send(renewRequest(context(), input)),
    hold: (input) => send(holdRequest(context(), input)),
    itemInformation: (input) => send(itemInformationRequest(context(), input)),
    endPatronSession: (input) => send(endPatronSessionRequest(context(), input)),
    sipDate: (epochMs) => formatSipDate(epochMs, options.timeZone),
    get connections() {
      return pool.size;
    },
    close: () => pool.close(),
  };
}
