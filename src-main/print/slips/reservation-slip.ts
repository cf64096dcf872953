// 予約の控え: what a citizen takes home from the kiosk after reserving — the event, the place, the
// date and time (令和 on a Japanese slip), what to bring and how to cancel. Never the 利用者キー or a one-time
// password: a slip left in the printer's tray must not open anyone's account, so this type has no
// field that could carry either.
import type { Locale } from '../../../src-shared/locales';
import { html, lines } from '../html';
import type { Paper } from '../paper';
import type { Slip } from '../slip';
import { slipDocument } from '../slip-document';
import { slipText } from '../slip-text';

export interface ReservationSlipData {
  /** The kiosk's screen language. */
  language: Locale;
  systemName: string;
  issuedAt: number;
  /** One reservation, or dose 1 and dose 2 of a series booked together. */
  reservations: ReadonlyArray<{ id: number; startsAt: number; dose: 1 | 2 | null }>;
  event: string;
  venue: string;
  /** The event's description: what to bring, where to go, fees. */
  guidance: string;
  /** The last moment the citizen may cancel at a kiosk; null when they cannot (dose 2 alone, past). */
  cancelUntil: number | null;
}

export function reservationSlip(data: ReservationSlipData, paper: Paper): Slip {
  const t = slipText(data.language);
  const r = t.reservation;
  const first = data.reservations[0];
  const body = html`
<p class="org">${data.systemName}</p>
<h1>${r.heading}</h1>
<dl>
  <dt>${r.number}</dt>
  <dd class="big">${data.reservations.map((x) => x.id).join(' / ')}</dd>
  <dt>${r.event}</dt>
  <dd class="title">${data.event}</dd>
  <dt>${r.venue}</dt>
  <dd>${data.venue}</dd>
  <dt>${r.when}</dt>
  ${data.reservations.map((x) => html`<dd>${t.dateTime(x.startsAt)}${x.dose === null ? '' : r.dose(x.dose)}</dd>`)}
</dl>
${data.guidance.trim() === '' ? '' : html`<h2>${r.guidance}</h2><p>${lines(data.guidance)}</p>`}
<hr class="rule">
<h2>${r.cancelHeading}</h2>
${data.cancelUntil === null
    ? html`<p>${r.cancelClosed}</p>`
    : html`<p>${r.cancelRoute}</p><p>${r.cancelUntil(t.dateTime(data.cancelUntil))}</p><p class="note">${r.cancelKey}</p>`}
<hr class="rule">
<p class="note">${t.issuedAt} ${t.dateTime(data.issuedAt)}</p>
<p class="note">${r.noSecrets}</p>
`;
  return {
    kind: 'reservation',
    id: String(first?.id ?? 0),
    paper,
    html: slipDocument({ lang: t.htmlLang, title: r.heading, paper, body }),
  };
}
