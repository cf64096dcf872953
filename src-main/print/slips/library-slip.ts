// 貸出・予約の控え: the titles a patron has borrowed with their due dates, and their holds with the
// pickup branch. Built from plain typed lists, so the kiosk's Myライブラリ (loans and holds of the
// session's patron) and the counter's checkout can print the same slip.
import type { Locale } from '../../../src-shared/locales';
import { html } from '../html';
import type { Paper } from '../paper';
import type { Slip } from '../slip';
import { slipDocument } from '../slip-document';
import { dayEpoch, slipText } from '../slip-text';

export interface LibrarySlipData {
  /** The kiosk's screen language. */
  language: Locale;
  systemName: string;
  issuedAt: number;
  /** Printed only when given: a kiosk receipt carries no name, in case it is left behind. */
  patronName?: string;
  /** dueDate: the library day 'YYYY-MM-DD'. */
  items: ReadonlyArray<{ title: string; dueDate: string }>;
  /** pickupBranch: the branch's name in the slip's language; readyUntil: 'YYYY-MM-DD' once ready. */
  holds: ReadonlyArray<{ title: string; pickupBranch: string; ready?: boolean; readyUntil?: string | null; queuePosition?: number | null }>;
  /** What the slip is of (a patron's account id, a checkout's number), for the file name. */
  id: string;
}

export function librarySlip(data: LibrarySlipData, paper: Paper): Slip {
  const t = slipText(data.language);
  const l = t.library;
  const day = (d: string) => t.date(dayEpoch(d));
  const body = html`
<p class="org">${data.systemName}</p>
<h1>${l.heading}</h1>
${data.patronName ? html`<p>${l.patron(data.patronName)}</p>` : ''}
<h2>${l.loansHeading}</h2>
${data.items.length === 0
    ? html`<p>${l.noLoans}</p>`
    : html`<ul>${data.items.map((i) => html`<li><span class="title">${i.title}</span><br>${l.due(day(i.dueDate))}</li>`)}</ul>`}
<h2>${l.holdsHeading}</h2>
${data.holds.length === 0
    ? html`<p>${l.noHolds}</p>`
    : html`<ul>${data.holds.map(
        (h) => html`<li><span class="title">${h.title}</span><br>${l.pickup(h.pickupBranch)}${
          h.ready === undefined ? '' : html`<br>${h.ready ? l.ready(h.readyUntil ? day(h.readyUntil) : null) : l.waiting(h.queuePosition ?? null)}`
        }</li>`,
      )}</ul>`}
<hr class="rule">
<p class="note">${t.issuedAt} ${t.dateTime(data.issuedAt)}</p>
`;
  return { kind: 'library', id: data.id, paper, html: slipDocument({ lang: t.htmlLang, title: l.heading, paper, body }) };
}
