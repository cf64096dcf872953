// Building the requests this client sends. Each builder returns the message text without the
// error-detection trailer (the connection adds AY/AZ, since the sequence number belongs to it).
// Fixed fields come first in the order and widths of SIP2 2.00; variable fields follow, required
// ones always (empty when unknown), optional ones only when given.
import { type AnswerCode, FIELD, REQUESTS, type RequestName, SUMMARY_LISTS, type SummaryList } from './codes';
import { field, fixed } from './field-value';

export interface SipRequest<A extends AnswerCode = AnswerCode> {
  name: RequestName;
  /** The message text: code, fixed fields, variable fields. */
  text: string;
  /** The answer code that ends the exchange. */
  answer: A;
}

type Buildable = Exclude<RequestName, 'requestAcsResend'>;
type AnswerFor<N extends Buildable> = (typeof REQUESTS)[N]['answer'];

/** What every request carries: the time of the transaction (formatSipDate) and the institution. */
export interface RequestContext {
  now: string;
  institutionId: string;
  /** 3 digits; '000' = unknown (the ILS picks). */
  language?: string;
}

function request<N extends Buildable>(name: N, body: string): SipRequest<AnswerFor<N>> {
  const { code, answer } = REQUESTS[name];
  return { name, text: `${code}${body}`, answer: answer as AnswerFor<N> };
}

const yn = (value: boolean) => (value ? 'Y' : 'N');
const opt = (code: string, value: string | undefined | null) => (value === undefined || value === null ? '' : field(code, value));
const language = (ctx: RequestContext) => fixed(ctx.language ?? '000', 3);

export interface LoginInput {
  user: string;
  password: string;
  locationCode?: string;
}

/** 93: UID and password algorithms '0' (not encrypted), then CN, CO, CP. */
export function loginRequest(input: LoginInput) {
  return request('login', `00${field(FIELD.loginUserId, input.user)}${field(FIELD.loginPassword, input.password)}${opt(FIELD.locationCode, input.locationCode)}`);
}

/** 99: status 0 (ok), max print width, protocol version 2.00. */
export function scStatusRequest(maxPrintWidth = 80) {
  return request('scStatus', `0${String(Math.min(999, Math.max(0, maxPrintWidth))).padStart(3, '0')}2.00`);
}

export interface PatronCredentials {
  patronId: string;
  /** The patron's password (AD), when the kiosk asked for one. */
  patronPassword?: string;
}

/** 23: language, date; AO, AA, AC (empty), AD. */
export function patronStatusRequest(ctx: RequestContext, input: PatronCredentials) {
  return request('patronStatus', `${language(ctx)}${ctx.now}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${field(FIELD.terminalPassword, '')}${field(FIELD.patronPassword, input.patronPassword ?? '')}`);
}

export interface PatronInformationInput extends PatronCredentials {
  /** Which list of items to return (SIP2 allows one per request); none: counts only. */
  summary?: SummaryList | null;
  /** 1-based range of that list (BP/BQ), for long lists. */
  startItem?: number;
  endItem?: number;
}

/** 63: language, date, summary (10 positions, at most one Y); AO, AA, AC, AD, BP, BQ. */
export function patronInformationRequest(ctx: RequestContext, input: PatronInformationInput) {
  const summary = SUMMARY_LISTS.map((list) => (list === input.summary ? 'Y' : ' ')).join('').padEnd(10, ' ');
  return request(
    'patronInformation',
    `${language(ctx)}${ctx.now}${summary}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${field(FIELD.terminalPassword, '')}${opt(FIELD.patronPassword, input.patronPassword)}${opt(FIELD.startItem, input.startItem?.toString())}${opt(FIELD.endItem, input.endItem?.toString())}`,
  );
}

export interface CheckoutInput extends PatronCredentials {
  itemId: string;
  /** SC renewal policy: the ILS may treat a checkout of an item already lent to this patron as a renewal. */
  renewalAllowed?: boolean;
  /** The ILS must accept the checkout (offline transactions played back); never for a live kiosk. */
  noBlock?: boolean;
  /** The patron agreed to a fee the ILS asked about (BO). */
  feeAcknowledged?: boolean;
  /** Undo a checkout the machine could not finish (BI). */
  cancel?: boolean;
}

/** 11: renewal policy, no block, date, nb due date (blank); AO, AA, AB, AC, AD, BO, BI. */
export function checkoutRequest(ctx: RequestContext, input: CheckoutInput) {
  return request(
    'checkout',
    `${yn(input.renewalAllowed ?? false)}${yn(input.noBlock ?? false)}${ctx.now}${' '.repeat(18)}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${field(FIELD.itemId, input.itemId)}${field(FIELD.terminalPassword, '')}${opt(FIELD.patronPassword, input.patronPassword)}${input.feeAcknowledged === undefined ? '' : field(FIELD.feeAcknowledged, yn(input.feeAcknowledged))}${input.cancel === undefined ? '' : field(FIELD.cancel, yn(input.cancel))}`,
  );
}

export interface CheckinInput {
  itemId: string;
  /** Where the item is now (AP); default: the login's location code. */
  currentLocation?: string;
  /** When it came back (for returns played back later); default: now. */
  returnDate?: string;
  noBlock?: boolean;
  cancel?: boolean;
}

/** 09: no block, date, return date; AP, AO, AB, AC, BI. */
export function checkinRequest(ctx: RequestContext, input: CheckinInput) {
  return request(
    'checkin',
    `${yn(input.noBlock ?? false)}${ctx.now}${input.returnDate ?? ctx.now}${field(FIELD.currentLocation, input.currentLocation ?? '')}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.itemId, input.itemId)}${field(FIELD.terminalPassword, '')}${input.cancel === undefined ? '' : field(FIELD.cancel, yn(input.cancel))}`,
  );
}

export interface RenewInput extends PatronCredentials {
  itemId?: string;
  titleId?: string;
  thirdPartyAllowed?: boolean;
  noBlock?: boolean;
  feeAcknowledged?: boolean;
}

/** 29: third party allowed, no block, date, nb due date (blank); AO, AA, AD, AB, AJ, AC, BO. */
export function renewRequest(ctx: RequestContext, input: RenewInput) {
  return request(
    'renew',
    `${yn(input.thirdPartyAllowed ?? false)}${yn(input.noBlock ?? false)}${ctx.now}${' '.repeat(18)}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${opt(FIELD.patronPassword, input.patronPassword)}${opt(FIELD.itemId, input.itemId)}${opt(FIELD.titleId, input.titleId)}${field(FIELD.terminalPassword, '')}${input.feeAcknowledged === undefined ? '' : field(FIELD.feeAcknowledged, yn(input.feeAcknowledged))}`,
  );
}

export const HOLD_MODES = { add: '+', delete: '-', change: '*' } as const;

export interface HoldInput extends PatronCredentials {
  mode: keyof typeof HOLD_MODES;
  itemId?: string;
  titleId?: string;
  /** 予約受取館: the branch's code as the ILS knows it (BS). */
  pickupLocation?: string;
  /** Last day the hold stays valid (formatSipDate) (BW). */
  expirationDate?: string;
  /** 1 other, 2 any copy of a title, 3 a specific copy, 4 any copy at a location (BY). */
  holdType?: '1' | '2' | '3' | '4';
  feeAcknowledged?: boolean;
}

/** 15: hold mode, date; BW, BS, BY, AO, AA, AD, AB, AJ, AC, BO. */
export function holdRequest(ctx: RequestContext, input: HoldInput) {
  return request(
    'hold',
    `${HOLD_MODES[input.mode]}${ctx.now}${opt(FIELD.expirationDate, input.expirationDate)}${opt(FIELD.pickupLocation, input.pickupLocation)}${opt(FIELD.holdType, input.holdType)}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${opt(FIELD.patronPassword, input.patronPassword)}${opt(FIELD.itemId, input.itemId)}${opt(FIELD.titleId, input.titleId)}${field(FIELD.terminalPassword, '')}${input.feeAcknowledged === undefined ? '' : field(FIELD.feeAcknowledged, yn(input.feeAcknowledged))}`,
  );
}

/** 17: date; AO, AB, AC. */
export function itemInformationRequest(ctx: RequestContext, input: { itemId: string }) {
  return request('itemInformation', `${ctx.now}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.itemId, input.itemId)}${field(FIELD.terminalPassword, '')}`);
}

/** 35: date; AO, AA, AC, AD. */
export function endPatronSessionRequest(ctx: RequestContext, input: PatronCredentials) {
  return request('endPatronSession', `${ctx.now}${field(FIELD.institutionId, ctx.institutionId)}${field(FIELD.patronId, input.patronId)}${field(FIELD.terminalPassword, '')}${opt(FIELD.patronPassword, input.patronPassword)}`);
}

/**
 * 97, "send your last message again": without a sequence number, exactly Koha's constant
 * 97AZFEF5, because Koha recognises a resend request only in that form.
 */
export const REQUEST_ACS_RESEND_TEXT = REQUESTS.requestAcsResend.code;
