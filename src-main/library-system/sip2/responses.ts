// The answers this client reads, typed. Every answer keeps the fields it did not expect in
// `unknownFields` (an ILS's own extensions, or a newer revision's), so nothing is lost and nothing
// unexpected breaks the parse. Counts the ILS leaves blank ("unsupported") are null.
import type { PatronStatusFlag, SupportedMessage } from './codes';
import type { SipDateTime } from './dates';

export interface SipField {
  code: string;
  value: string;
}

interface Answer {
  /** The AY digit the answer carried. */
  sequence: number | null;
  /** AF: text the ILS wants shown to the person. */
  screenMessages: string[];
  /** AG: text the ILS wants printed on the slip. */
  printLines: string[];
  unknownFields: SipField[];
}

export type YesNoUnknown = 'Y' | 'N' | 'U';

export interface LoginAnswer extends Answer {
  type: '94';
  ok: boolean;
}

export interface AcsStatusAnswer extends Answer {
  type: '98';
  online: boolean;
  checkinOk: boolean;
  checkoutOk: boolean;
  renewalPolicy: boolean;
  statusUpdateOk: boolean;
  offlineOk: boolean;
  /** Tenths of a second the ILS waits for a transaction; null: '999' (unknown) or unreadable. */
  timeoutPeriod: number | null;
  retriesAllowed: number | null;
  dateTime: SipDateTime | null;
  protocolVersion: string;
  institutionId: string;
  libraryName: string | null;
  /** null when the ILS sent no BX field. */
  supportedMessages: Record<SupportedMessage, boolean> | null;
  terminalLocation: string | null;
}

export type PatronStatus = Record<PatronStatusFlag, boolean>;

interface PatronAnswer extends Answer {
  status: PatronStatus;
  /** Any status flag set: the ILS blocks this patron in some way. */
  blocked: boolean;
  language: string;
  transactionDate: SipDateTime | null;
  institutionId: string;
  patronId: string;
  personalName: string;
  /** BL: the card number is known. null when the ILS did not say. */
  validPatron: boolean | null;
  /** CQ: the password was right. null when the ILS did not say (no AD sent, or it does not check). */
  validPatronPassword: boolean | null;
  currencyType: string | null;
  feeAmount: string | null;
}

export interface PatronStatusAnswer extends PatronAnswer {
  type: '24';
}

export interface ItemCounts {
  holdItems: number | null;
  overdueItems: number | null;
  chargedItems: number | null;
  fineItems: number | null;
  recallItems: number | null;
  unavailableHoldItems: number | null;
}

export interface PatronInformationAnswer extends PatronAnswer {
  type: '64';
  counts: ItemCounts;
  limits: { holdItems: number | null; overdueItems: number | null; chargedItems: number | null; fee: string | null };
  /** The list asked for in the request's summary (item ids, or for fines the ILS's description). */
  items: { holdItems: string[]; overdueItems: string[]; chargedItems: string[]; fineItems: string[]; recallItems: string[]; unavailableHoldItems: string[] };
  homeAddress: string | null;
  email: string | null;
  homePhone: string | null;
}

interface CirculationAnswer extends Answer {
  ok: boolean;
  renewalOk: boolean;
  magneticMedia: YesNoUnknown;
  desensitize: YesNoUnknown;
  transactionDate: SipDateTime | null;
  institutionId: string;
  patronId: string;
  itemId: string;
  titleId: string | null;
  dueDate: SipDateTime | null;
  /** AH as sent, for an ILS whose due-date text this client cannot read. */
  dueDateText: string | null;
  feeType: string | null;
  securityInhibit: boolean | null;
  currencyType: string | null;
  feeAmount: string | null;
  mediaType: string | null;
  itemProperties: string | null;
  transactionId: string | null;
}

export interface CheckoutAnswer extends CirculationAnswer {
  type: '12';
}

export interface RenewAnswer extends CirculationAnswer {
  type: '30';
}

export interface CheckinAnswer extends Answer {
  type: '10';
  ok: boolean;
  resensitize: boolean;
  magneticMedia: YesNoUnknown;
  /** The item needs staff attention (a hold to fill, another branch's item). */
  alert: boolean;
  transactionDate: SipDateTime | null;
  institutionId: string;
  itemId: string;
  permanentLocation: string;
  titleId: string | null;
  sortBin: string | null;
  patronId: string | null;
  mediaType: string | null;
  itemProperties: string | null;
}

export interface HoldAnswer extends Answer {
  type: '16';
  ok: boolean;
  available: boolean;
  transactionDate: SipDateTime | null;
  expirationDate: SipDateTime | null;
  queuePosition: number | null;
  pickupLocation: string | null;
  institutionId: string;
  patronId: string;
  itemId: string | null;
  titleId: string | null;
}

export interface ItemInformationAnswer extends Answer {
  type: '18';
  /** The two digits as sent ('01'–'13'). */
  circulationStatus: string;
  /** Its name (available, charged, waitingOnHoldShelf, …); 'unknown' for a code outside SIP2. */
  circulationStatusName: string;
  securityMarker: string;
  feeType: string;
  transactionDate: SipDateTime | null;
  holdQueueLength: number | null;
  dueDate: SipDateTime | null;
  dueDateText: string | null;
  recallDate: SipDateTime | null;
  holdPickupDate: SipDateTime | null;
  itemId: string;
  titleId: string;
  owner: string | null;
  currencyType: string | null;
  feeAmount: string | null;
  mediaType: string | null;
  permanentLocation: string | null;
  currentLocation: string | null;
  itemProperties: string | null;
}

export interface EndSessionAnswer extends Answer {
  type: '36';
  ended: boolean;
  transactionDate: SipDateTime | null;
  institutionId: string;
  patronId: string;
}

/** 96: the ILS could not read our last message and asks for it again. */
export interface ResendAnswer extends Answer {
  type: '96';
}

export type SipAnswer =
  | LoginAnswer
  | AcsStatusAnswer
  | PatronStatusAnswer
  | PatronInformationAnswer
  | CheckoutAnswer
  | CheckinAnswer
  | RenewAnswer
  | HoldAnswer
  | ItemInformationAnswer
  | EndSessionAnswer
  | ResendAnswer;

export type AnswerOfType<T extends SipAnswer['type']> = Extract<SipAnswer, { type: T }>;
