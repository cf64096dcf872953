// The identity mails (seed 004) in Filipino, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Tapos na ang rehistro gamit ang ${providerName}`,
    body: `Mahal na ${name},

Tapos na ang inyong rehistro bilang user ng ${systemName}, sa pagpapatunay ng pagkakakilanlan gamit ang ${providerName}.
Narito ang inyong user key (利用者キー). Pakitago ito nang mabuti.

  User key: ${userKey}

Sa susunod, piliin lang ang “Mag-log in gamit ang ${providerName}” sa terminal at i-scan ang QR code
gamit ang ${providerName} app sa inyong smartphone para makapag-log in.

Walang password na itinakda sa rehistro gamit ang ${providerName}. Kung gusto ninyong mag-log in gamit
ang email address at password, pumunta muna sa “I-reset ang password” at magtakda ng password gamit
ang reset code na ipapadala sa email address na ito.

Kung hindi ninyo inaasahan ang email na ito, pakisabihan ang counter.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `Naka-link na sa ${providerName}`,
    body: `Mahal na ${name},

Na-link sa ${providerName} ang account na may user key (利用者キー) na ${userKey} noong ${formatDateTime(at, 'fil')} (oras sa Japan).
Mula ngayon, makakapag-log in din kayo gamit ang “Mag-log in gamit ang ${providerName}”.

Kung hindi kayo ang gumawa nito, pakisabihan agad ang counter.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Ang inyong reset code ng password',
    body: `Natanggap namin ang kahilingang i-reset ang inyong password.
Sa screen na “I-reset ang password” ng terminal, ilagay ang reset code sa ibaba at ang bagong password.

  Reset code: ${code}

Valid ang code na ito nang ${validMinutes} minuto (hanggang ${formatDateTime(expiresAt, 'fil')}, oras sa Japan) at isang beses lang magagamit.
Kapag humiling kayo ng bagong code, hindi na magagamit ang code na ito.

Kung hindi kayo humiling nito, pakibura ang email na ito. Hindi magbabago ang inyong password.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'Na-reset na ang inyong password',
    body: `Mahal na ${name},

Na-reset ang password para sa pag-log in gamit ang email address na ito noong ${formatDateTime(at, 'fil')} (oras sa Japan).
Mula ngayon, makakapag-log in kayo gamit ang email address at ang bagong password.

Kung hindi kayo ang gumawa nito, pakisabihan agad ang counter.
`,
  }),
} satisfies IdentityMailText;
