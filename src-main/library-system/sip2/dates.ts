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

/** The 18 characters for an instant, in the library's local time. */
export function formatSipDate(epochMs: number, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) p[part.type] = part.value;
  return `${p.year}${p.month}${p.day}    ${p.hour}${p.minute}${p.second}`;
}

const SIP_FORM = /^(\d{4})(\d{2})(\d{2})( {4}| {3}Z)(\d{2})(\d{2})(\d{2})$/;
const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

function validDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** null when the text is no date this client can read (an unknown form, or 18 blanks). */
export function parseSipDate(text: string): SipDateTime | null {
  const sip = SIP_FORM.exec(text);
  if (sip) {
    const [, y, m, d, zone, hh, mm, ss] = sip as unknown as [string, string, string, string, string, string, string, string];
    if (!validDate(y, m, d) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
    return { date: `${y}-${m}-${d}`, time: `${hh}:${mm}:${ss}`, utc: zone.endsWith('Z') };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d] = iso as unknown as [string, string, string, string];
    return validDate(y, m, d) ? { date: `${y}-${m}-${d}`, time: '23:59:59', utc: false } : null;
  }
  return null;
}
