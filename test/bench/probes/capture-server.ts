// The SMTP capture server of test/fixtures in a process of its own, so parsing the received mails
// does not run on the event loop of the app being measured. Prints {"port": n} and runs until its
// stdin closes.
import { startMailbox } from '../../fixtures/smtp-capture';

export async function main(): Promise<void> {
  const mailbox = await startMailbox();
  process.stdout.write(`${JSON.stringify({ port: mailbox.port })}\n`);
  process.stdin.resume();
  await new Promise<void>((resolve) => process.stdin.on('end', resolve));
  process.stdout.write(`${JSON.stringify({ received: mailbox.messages.length })}\n`);
  await mailbox.stop();
}
