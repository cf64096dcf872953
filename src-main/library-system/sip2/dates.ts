// SIP2 dates: "YYYYMMDDZZZZHHMMSS", where ZZZZ is four spaces for the library's local time or
// "   Z" for UTC. This client writes local time (as Koha and most ILSs do), in the library's time
// zone, never the machine's. Reading is lenient: variable fields such as AH (due date) come from
// ILSs that print "YYYY-MM-DD" or "YYYYMMDD" instead; anything else is left as text.

export interface SipDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS */
  time: string;
  /** true: the time is UTC; false: the library's local time. */
  utc: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    // One per configured zone; a process uses one or two.
    if (formatters.size < 16) formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant (ms), read from Intl: DST and past rule changes included. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) p[part.type] = part.value;
  const local = new Date(0);
  local.setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day));
  local.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second));
  return local.getTime() - Math.floor(epochMs / 1000) * 1000;
}

/**
 * Offsets are asked of Intl at most once per UTC minute and zone: formatToParts costs tens of
 * microseconds, as much as the rest of building and reading a message, and every request carries
 * a date. Reusing an offset within its minute is exact from 1973 on: since then every zone's offset
 * is whole minutes and every rule change falls on a whole minute. Earlier instants (Liberia kept
 * −0:44:30 until 1972) are always asked afresh.
 */
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1973, 0, 1);
const lastOffset = new Map<string, { minute: number; offsetMs: number }>();

function cachedOffsetAt(epochMs: number, timeZone: string): number {
  if (epochMs < WHOLE_MINUTE_OFFSETS_SINCE) return offsetAt(epochMs, timeZone);
  const minute = Math.floor(epochMs / 60_000);
  const last = lastOffset.get(timeZone);
  if (last !== undefined && last.minute === minute) return last.offsetMs;
  const offsetMs = offsetAt(epochMs, timeZone);
  if (last !== undefined) {
    last.minute = minute;
    last.offsetMs = offsetMs;
  } else if (lastOffset.size < 16) lastOffset.set(timeZone, { minute, offsetMs });
  return offsetMs;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The 18 characters for an instant, in the library's local time. */
export function formatSipDate(epochMs: number, timeZone: string): string {
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + cachedOffsetAt(epochMs, timeZone));
  const year = String(local.getUTCFullYear()).padStart(4, '0');
  return `${year}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}    ${two(local.getUTCHours())}${two(local.getUTCMinutes())}${two(local.getUTCSeconds())}`;
}

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day; years before 100 are refused (no ILS means them, and "0000…" is no date). */
function validDate(y: number, m: number, d: number): boolean {
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

function digitsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** null when the text is no date this client can read (an unknown form, or 18 blanks). */
export function parseSipDate(text: string): SipDateTime | null {
  // Every answer carries a transaction date: read it by character, without a regex's match array.
  if (text.length === 18 && digitsOnly(text, 0, 8) && digitsOnly(text, 12, 18)) {
    const zone = text.slice(8, 12);
    if (zone === '    ' || zone === '   Z') {
      const y = text.slice(0, 4);
      const m = text.slice(4, 6);
      const d = text.slice(6, 8);
      const hh = text.slice(12, 14);
      const mm = text.slice(14, 16);
      const ss = text.slice(16, 18);
      if (!validDate(Number(y), Number(m), Number(d)) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
      return { date: `${y}-${m}-${d}`, time: `${hh}:${mm}:${ss}`, utc: zone === '   Z' };
    }
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d] = iso as unknown as [string, string, string, string];
    return validDate(Number(y), Number(m), Number(d)) ? { date: `${y}-${m}-${d}`, time: '23:59:59', utc: false } : null;
  }
  return null;
}
