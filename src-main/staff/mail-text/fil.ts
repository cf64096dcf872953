// The notice to an account's owner after staff changed it, in Filipino.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'Inalis na ang pagtigil ng paggamit (利用中止). Makakapag-log in na kayo ulit.',
  accident_set: 'Nairehistro ang account na ito bilang may problema (事故登録), kaya hindi muna kayo makakapag-log in gamit ito.',
  accident_cleared: 'Inalis na ang rehistro ng problema (事故登録). Makakapag-log in na kayo ulit.',
  blockade_released: 'Inalis na ang block dahil sa paulit-ulit na maling confirmation PIN (累積封鎖).',
  pins_reset: 'Ni-reset ang inyong mga PIN (暗証番号). Sa susunod na pag-log in, kayo mismo ang magtatakda ng bagong PIN.',
  password_reset: 'Ibinalik ang inyong password sa unang password (4 na numero ng buwan at araw ng inyong kapanganakan). Sa susunod na pag-log in, magtatakda kayo ng bagong password.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'Nagbago ang status ng inyong account',
    body: [
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      '',
      `Ginawa ng staff ang sumusunod na pagbabago sa inyong account (${loginId}).`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'Kung hindi ninyo inaasahan ito, pakitanong sa counter.',
      'Ipinadala ang email na ito mula sa address na pampadala lang. Hindi namin masasagot ang anumang reply.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
