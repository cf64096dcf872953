// The address the library's mails come from, as 利用者情報変更 shows it (seed 002, 迷惑メール対策):
// a patron whose phone accepts only chosen senders must allow this address or its domain. Every
// mail of the app leaves with config mail.from, so that is the one to show.
export interface MailSender {
  /** libsend@library.example.jp */
  address: string;
  /** library.example.jp */
  domain: string;
}

/** From `Name <local@domain>` or a bare `local@domain`; the display name is not what filters match. */
export function mailSenderOf(from: string): MailSender {
  const address = (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
  const at = address.lastIndexOf('@');
  return { address, domain: at >= 0 ? address.slice(at + 1) : '' };
}
