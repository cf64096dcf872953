// 参加者一覧 on A4 for the day of an event: every reservation of the day (or one slot) in time
// order, with an empty box to tick by hand at the door. The table's header repeats on each page.
import { CITY_TIME_ZONE } from '../../../src-shared/japanese-date';
import type { Locale } from '../../../src-shared/locales';
import { html } from '../html';
import { PAPERS } from '../paper';
import type { Slip } from '../slip';
import { slipDocument } from '../slip-document';
import { dayEpoch, staffSlipText } from '../slip-text';

export interface AttendeeSlipData {
  /** The staff screen's language: English prints in English, any other in Japanese. */
  language: Locale;
  systemName: string;
  issuedAt: number;
  eventId: number;
  event: string;
  /** 'YYYY-MM-DD' */
  day: string;
  attendees: ReadonlyArray<{ startsAt: number; name: string; userKey: string; phone: string | null; dose: number | null; attended: boolean }>;
}

/** 09:30 in Japan time, the same in both languages (the counter's list, as on screen). */
const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CITY_TIME_ZONE });
const clock = (epochMs: number) => clockTime.format(epochMs);

export function attendeeSlip(data: AttendeeSlipData): Slip {
  const paper = PAPERS.A4;
  const t = staffSlipText(data.language);
  const a = t.attendees;
  const heading = a.heading(data.event, t.date(dayEpoch(data.day)));
  const attended = data.attendees.filter((x) => x.attended).length;
  const body = html`
<p class="org">${data.systemName}</p>
<h1>${heading}</h1>
<p>${a.count(data.attendees.length, attended)}</p>
${data.attendees.length === 0
    ? html`<p>${a.none}</p>`
    : html`<table>
<thead><tr><th>${a.time}</th><th>${a.name}</th><th>${a.userKey}</th><th>${a.phone}</th><th>${a.dose}</th><th>${a.attended}</th></tr></thead>
<tbody>
${data.attendees.map(
  (x) => html`<tr><td>${clock(x.startsAt)}</td><td>${x.name}</td><td>${x.userKey}</td><td>${x.phone ?? ''}</td><td>${x.dose === null ? '' : a.doseValue(x.dose)}</td><td class="mark">${x.attended ? '✓' : '□'}</td></tr>\n`,
)}
</tbody>
</table>`}
<p class="note">${t.issuedAt} ${t.dateTime(data.issuedAt)}</p>
`;
  return { kind: 'attendees', id: `${data.eventId}-${data.day}`, paper, html: slipDocument({ lang: t.htmlLang, title: heading, paper, body }) };
}
