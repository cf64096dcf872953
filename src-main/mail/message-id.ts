// The Message-ID is chosen once, when the mail is enqueued, and sent with every try: if the
// process dies between handing the mail to the server and recording it as sent, the resend is the
// same message (receivers and mail logs can tell it is a duplicate), never a second, different one.
import { randomUUID } from 'node:crypto';

const FALLBACK_DOMAIN = 'madoguchi.local';

/** `<uuid@domain>`, with the domain of the sender address when it has a usable one. */
export function createMessageId(from: string): string {
  const domain = /@([A-Za-z0-9.-]+[A-Za-z0-9])>?\s*$/.exec(from)?.[1] ?? FALLBACK_DOMAIN;
  return `<${randomUUID()}@${domain}>`;
}
