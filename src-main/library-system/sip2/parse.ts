// Reading an answer. Whatever bytes arrive, the result is a typed answer or a Sip2Error value —
// never a thrown exception (a property test feeds it random bytes). The checksum is checked on the
// bytes as received, before decoding; fixed fields must all be there (a shorter message was cut
// off); variable fields may come in any order, and the ones this client does not know are kept.
import { ANSWER_CODES, type AnswerCode, CIRCULATION_STATUS, FIELD, PATRON_STATUS_FLAGS, type PatronStatusFlag, SUPPORTED_MESSAGES } from './codes';
import { parseSipDate, type SipDateTime } from './dates';
import { decodeSipText, type Sip2Encoding } from './encoding';
import { Sip2Error } from './errors';
import { unframe } from './framing';
import type { ItemCounts, PatronStatus, SipAnswer, SipField, YesNoUnknown } from './responses';

export type ParsedAnswer = { ok: true; answer: SipAnswer } | { ok: false; error: Sip2Error };

/** Characters of fixed fields after the two-digit code, per answer. */
export const FIXED_WIDTH: Record<AnswerCode, number> = {
  '94': 1,
  '98': 34,
  '24': 35,
  '64': 59,
  '12': 22,
  '10': 22,
  '30': 22,
  '16': 20,
  '18': 24,
  '36': 19,
  '96': 0,
};

/** Thrown only inside this file and turned into a value by parseAnswer. */
class Garbled extends Error {}

/** The variable fields of one message; what the answer's reader does not take is unknown. */
class Fields {
  // Parallel arrays and plain loops: an answer has a few dozen fields at most, and a 64 is read
  // with some thirty lookups, so this is cheaper than objects, closures and a Set per message.
  private readonly codes: string[] = [];
  private readonly values: string[] = [];
  private readonly taken: boolean[] = [];

  constructor(text: string) {
    for (const chunk of text.split('|')) {
      if (chunk.length === 0) continue;
      this.codes.push(chunk.slice(0, 2));
      this.values.push(chunk.slice(2));
      this.taken.push(false);
    }
  }

  /** The first value of the field, or null. */
  one(code: string): string | null {
    for (let i = 0; i < this.codes.length; i++) {
      // A repeated single-valued field: the first counts, the rest stay visible as unknown.
      if (this.codes[i] === code && !this.taken[i]) {
        this.taken[i] = true;
        return this.values[i] as string;
      }
    }
    return null;
  }

  /** A field SIP2 requires; an absent one reads as empty (Koha and others leave some out). */
  text(code: string): string {
    return this.one(code) ?? '';
  }

  all(code: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.codes.length; i++) {
      if (this.codes[i] === code && !this.taken[i]) {
        this.taken[i] = true;
        out.push(this.values[i] as string);
      }
    }
    return out;
  }

  unknown(): SipField[] {
    const out: SipField[] = [];
    for (let i = 0; i < this.codes.length; i++) if (!this.taken[i]) out.push({ code: this.codes[i] as string, value: this.values[i] as string });
    return out;
  }
}

function okFlag(ch: string): boolean {
  if (ch === '1' || ch === 'Y') return true;
  if (ch === '0' || ch === 'N') return false;
  throw new Garbled(`ok flag "${ch === ' ' ? 'blank' : 'not 0/1'}"`);
}

const yes = (ch: string) => ch === 'Y';
const ynu = (ch: string): YesNoUnknown => (ch === 'Y' || ch === 'N' ? ch : 'U');
const COUNT = /^\d{1,4}$/;
const countOf = (text: string): number | null => {
  const digits = text.trim();
  return COUNT.test(digits) ? Number(digits) : null;
};
const optionalNumber = (text: string | null): number | null => (text !== null && /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null);
const optionalYes = (text: string | null): boolean | null => (text === null || text === '' ? null : text === 'Y');
const date = (text: string | null): SipDateTime | null => (text === null ? null : parseSipDate(text));

function patronStatus(flags: string): PatronStatus {
  const status: Partial<PatronStatus> = {};
  for (let i = 0; i < PATRON_STATUS_FLAGS.length; i++) status[PATRON_STATUS_FLAGS[i] as PatronStatusFlag] = flags[i] === 'Y';
  return status as PatronStatus;
}

function common(fields: Fields, sequence: number | null) {
  return { sequence, screenMessages: fields.all(FIELD.screenMessage), printLines: fields.all(FIELD.printLine) };
}

function patronPart(fixed: string, fields: Fields) {
  const flags = fixed.slice(0, 14);
  return {
    status: patronStatus(flags),
    blocked: flags.includes('Y'),
    language: fixed.slice(14, 17),
    transactionDate: parseSipDate(fixed.slice(17, 35)),
    institutionId: fields.text(FIELD.institutionId),
    patronId: fields.text(FIELD.patronId),
    personalName: fields.text(FIELD.personalName),
    validPatron: optionalYes(fields.one(FIELD.validPatron)),
    validPatronPassword: optionalYes(fields.one(FIELD.validPatronPassword)),
    currencyType: fields.one(FIELD.currencyType),
    feeAmount: fields.one(FIELD.feeAmount),
  };
}

function circulationPart(fixed: string, fields: Fields) {
  const dueDateText = fields.one(FIELD.dueDate);
  return {
    ok: okFlag(fixed[0] as string),
    renewalOk: yes(fixed[1] as string),
    magneticMedia: ynu(fixed[2] as string),
    desensitize: ynu(fixed[3] as string),
    transactionDate: parseSipDate(fixed.slice(4, 22)),
    institutionId: fields.text(FIELD.institutionId),
    patronId: fields.text(FIELD.patronId),
    itemId: fields.text(FIELD.itemId),
    titleId: fields.one(FIELD.titleId),
    dueDate: date(dueDateText),
    dueDateText,
    feeType: fields.one(FIELD.feeType),
    securityInhibit: optionalYes(fields.one(FIELD.securityInhibit)),
    currencyType: fields.one(FIELD.currencyType),
    feeAmount: fields.one(FIELD.feeAmount),
    mediaType: fields.one(FIELD.mediaType),
    itemProperties: fields.one(FIELD.itemProperties),
    transactionId: fields.one(FIELD.transactionId),
  };
}

function read(type: AnswerCode, fixed: string, fields: Fields, sequence: number | null): SipAnswer {
  switch (type) {
    case '94':
      return { type, ok: okFlag(fixed), ...common(fields, sequence), unknownFields: fields.unknown() };
    case '98': {
      const bx = fields.one(FIELD.supportedMessages);
      return {
        type,
        online: yes(fixed[0] as string),
        checkinOk: yes(fixed[1] as string),
        checkoutOk: yes(fixed[2] as string),
        renewalPolicy: yes(fixed[3] as string),
        statusUpdateOk: yes(fixed[4] as string),
        offlineOk: yes(fixed[5] as string),
        timeoutPeriod: fixed.slice(6, 9) === '999' ? null : countOf(fixed.slice(6, 9)),
        retriesAllowed: fixed.slice(9, 12) === '999' ? null : countOf(fixed.slice(9, 12)),
        dateTime: parseSipDate(fixed.slice(12, 30)),
        protocolVersion: fixed.slice(30, 34),
        institutionId: fields.text(FIELD.institutionId),
        libraryName: fields.one(FIELD.libraryName),
        supportedMessages: bx === null ? null : (Object.fromEntries(SUPPORTED_MESSAGES.map((name, i) => [name, bx[i] === 'Y'])) as Record<(typeof SUPPORTED_MESSAGES)[number], boolean>),
        terminalLocation: fields.one(FIELD.terminalLocation),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '24': {
      return { type, ...patronPart(fixed, fields), ...common(fields, sequence), unknownFields: fields.unknown() };
    }
    case '64': {
      const c = fixed.slice(35);
      const counts: ItemCounts = {
        holdItems: countOf(c.slice(0, 4)),
        overdueItems: countOf(c.slice(4, 8)),
        chargedItems: countOf(c.slice(8, 12)),
        fineItems: countOf(c.slice(12, 16)),
        recallItems: countOf(c.slice(16, 20)),
        unavailableHoldItems: countOf(c.slice(20, 24)),
      };
      return {
        type,
        ...patronPart(fixed, fields),
        counts,
        limits: {
          holdItems: optionalNumber(fields.one(FIELD.holdItemsLimit)),
          overdueItems: optionalNumber(fields.one(FIELD.overdueItemsLimit)),
          chargedItems: optionalNumber(fields.one(FIELD.chargedItemsLimit)),
          fee: fields.one(FIELD.feeLimit),
        },
        items: {
          holdItems: fields.all(FIELD.holdItems),
          overdueItems: fields.all(FIELD.overdueItems),
          chargedItems: fields.all(FIELD.chargedItems),
          fineItems: fields.all(FIELD.fineItems),
          recallItems: fields.all(FIELD.recallItems),
          unavailableHoldItems: fields.all(FIELD.unavailableHoldItems),
        },
        homeAddress: fields.one(FIELD.homeAddress),
        email: fields.one(FIELD.email),
        homePhone: fields.one(FIELD.homePhone),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '12':
    case '30': {
      return { type, ...circulationPart(fixed, fields), ...common(fields, sequence), unknownFields: fields.unknown() };
    }
    case '10': {
      return {
        type,
        ok: okFlag(fixed[0] as string),
        resensitize: yes(fixed[1] as string),
        magneticMedia: ynu(fixed[2] as string),
        alert: yes(fixed[3] as string),
        transactionDate: parseSipDate(fixed.slice(4, 22)),
        institutionId: fields.text(FIELD.institutionId),
        itemId: fields.text(FIELD.itemId),
        permanentLocation: fields.text(FIELD.permanentLocation),
        titleId: fields.one(FIELD.titleId),
        sortBin: fields.one(FIELD.sortBin),
        patronId: fields.one(FIELD.patronId),
        mediaType: fields.one(FIELD.mediaType),
        itemProperties: fields.one(FIELD.itemProperties),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '16': {
      return {
        type,
        ok: okFlag(fixed[0] as string),
        available: yes(fixed[1] as string),
        transactionDate: parseSipDate(fixed.slice(2, 20)),
        expirationDate: date(fields.one(FIELD.expirationDate)),
        queuePosition: optionalNumber(fields.one(FIELD.queuePosition)),
        pickupLocation: fields.one(FIELD.pickupLocation),
        institutionId: fields.text(FIELD.institutionId),
        patronId: fields.text(FIELD.patronId),
        itemId: fields.one(FIELD.itemId),
        titleId: fields.one(FIELD.titleId),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '18': {
      const circulationStatus = fixed.slice(0, 2);
      const dueDateText = fields.one(FIELD.dueDate);
      return {
        type,
        circulationStatus,
        circulationStatusName: CIRCULATION_STATUS[circulationStatus] ?? 'unknown',
        securityMarker: fixed.slice(2, 4),
        feeType: fixed.slice(4, 6),
        transactionDate: parseSipDate(fixed.slice(6, 24)),
        holdQueueLength: optionalNumber(fields.one(FIELD.holdQueueLength)),
        dueDate: date(dueDateText),
        dueDateText,
        recallDate: date(fields.one(FIELD.recallDate)),
        holdPickupDate: date(fields.one(FIELD.holdPickupDate)),
        itemId: fields.text(FIELD.itemId),
        titleId: fields.text(FIELD.titleId),
        owner: fields.one(FIELD.owner),
        currencyType: fields.one(FIELD.currencyType),
        feeAmount: fields.one(FIELD.feeAmount),
        mediaType: fields.one(FIELD.mediaType),
        permanentLocation: fields.one(FIELD.permanentLocation),
        currentLocation: fields.one(FIELD.currentLocation),
        itemProperties: fields.one(FIELD.itemProperties),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '36': {
      return {
        type,
        ended: yes(fixed[0] as string),
        transactionDate: parseSipDate(fixed.slice(1, 19)),
        institutionId: fields.text(FIELD.institutionId),
        patronId: fields.text(FIELD.patronId),
        ...common(fields, sequence),
        unknownFields: fields.unknown(),
      };
    }
    case '96':
      return { type, ...common(fields, sequence), unknownFields: fields.unknown() };
  }
}

/** One message as cut by FrameSplitter (no terminator), read in the connection's encoding. */
export function parseAnswer(frame: Buffer, encoding: Sip2Encoding): ParsedAnswer {
  try {
    const { body, sequence, checksum } = unframe(frame);
    if (checksum === 'invalid') return { ok: false, error: new Sip2Error('checksum', 'the answer\'s checksum is wrong') };
    const text = decodeSipText(body, encoding);
    const type = text.slice(0, 2);
    if (!(ANSWER_CODES as readonly string[]).includes(type)) return { ok: false, error: new Sip2Error('garbled', 'not an answer this client reads') };
    const code = type as AnswerCode;
    const width = FIXED_WIDTH[code];
    if (text.length < 2 + width) return { ok: false, error: new Sip2Error('garbled', `message ${code} is shorter than its fixed fields (truncated)`) };
    return { ok: true, answer: read(code, text.slice(2, 2 + width), new Fields(text.slice(2 + width)), sequence) };
  } catch (error) {
    const detail = error instanceof Garbled ? error.message : 'unreadable message';
    return { ok: false, error: new Sip2Error('garbled', detail) };
  }
}
