// 図書館利用カード 登録票: handed to a new patron with their card — the card number in large type,
// the name, the pickup branch and how the first login works. It states the rule of the initial
// password (the birthday's month and day) and never the password itself.
import type { Locale } from '../../../src-shared/locales';
import { html } from '../html';
import type { Paper } from '../paper';
import type { Slip } from '../slip';
import { slipDocument } from '../slip-document';
import { slipText } from '../slip-text';

export interface PatronSlipData {
  /** The screen language at the counter (the new patron's, when the clerk switches it). */
  language: Locale;
  systemName: string;
  accountId: number;
  cardNumber: string;
  name: string;
  kana: string | null;
  pickupBranch: string;
  registeredAt: number;
}

export function patronSlip(data: PatronSlipData, paper: Paper): Slip {
  const t = slipText(data.language);
  const p = t.patron;
  const body = html`
<p class="org">${data.systemName}</p>
<h1>${p.heading}</h1>
<dl>
  <dt>${p.cardNumber}</dt>
  <dd class="big">${data.cardNumber}</dd>
  <dt>${p.name}</dt>
  <dd>${data.name}</dd>
  ${data.kana ? html`<dt>${p.kana}</dt><dd>${data.kana}</dd>` : ''}
  <dt>${p.branch}</dt>
  <dd>${data.pickupBranch}</dd>
  <dt>${p.registeredOn}</dt>
  <dd>${t.date(data.registeredAt)}</dd>
</dl>
<h2>${p.passwordHeading}</h2>
<p>${p.password}</p>
<p>${p.passwordChange}</p>
<hr class="rule">
<p class="note">${p.keep}</p>
`;
  return { kind: 'patron', id: String(data.accountId), paper, html: slipDocument({ lang: t.htmlLang, title: p.heading, paper, body }) };
}
