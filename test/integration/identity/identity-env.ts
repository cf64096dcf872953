// The identity area on a real app (temp SQLite file, fake clock), a real SMTP capture server and a
// real OpenID Connect provider on 127.0.0.1. Polls wait 1/50 of the issuer's interval, so a 5 s
// interval is 100 ms and the tests still exercise every wait.
import { setTimeout as delay } from 'node:timers/promises';
import type { App } from '../../../src-main/app';
import type { FakeClock } from '../../../src-main/clock';
import type { ConfigInput } from '../../../src-main/config/schema';
import type { PollSleep } from '../../../src-main/identity';
import type { LogEntry } from '../../../src-main/log';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../src-shared/contract';
import type { Result } from '../../../src-shared/errors';
import type { CapturedMail, Mailbox } from '../../fixtures/smtp-capture';
import { tempApp } from '../../fixtures/temp-app';

export const TERMINAL = 'kiosk-1';

/** Records every requested wait (in the issuer's seconds) and sleeps a fiftieth of it. */
export function recordingSleep(): { sleep: PollSleep; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (seconds, signal) => {
      waits.push(seconds);
      return delay(seconds * 20, undefined, { signal });
    },
  };
}

export interface IdentityEnv {
  app: App;
  clock: FakeClock;
  logs: LogEntry[];
  mailbox: Mailbox;
  waits: number[];
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>, terminal?: string): Promise<Result<ChannelOutput<C>>>;
  ok<C extends ChannelName>(channel: C, input: ChannelInput<C>, terminal?: string): Promise<ChannelOutput<C>>;
  /** Delivers the outbox over SMTP and waits for the matching mail. */
  mail(to: string, subject: string | RegExp): Promise<CapturedMail>;
  /** True when main holds no device flow and no verified identity for the terminal. */
  holdsNothing(terminal?: string): boolean;
  close(): Promise<void>;
}

export async function openIdentityEnv(mailbox: Mailbox, config: ConfigInput = {}): Promise<IdentityEnv> {
  const { sleep, waits } = recordingSleep();
  const { app, clock, logs, close } = await tempApp(
    {
      ...config,
      mail: { smtpUrl: mailbox.url, pool: false, ...config.mail },
      citizen: { evenAnswerMs: 0, ...config.citizen },
    },
    { identityPollSleep: sleep },
  );
  const call: IdentityEnv['call'] = (channel, input, terminal = TERMINAL) => app.router.call(terminal, channel, input);
  return {
    app,
    clock,
    logs,
    mailbox,
    waits,
    call,
    async ok(channel, input, terminal) {
      const result = await call(channel, input, terminal);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data;
    },
    async mail(to, subject) {
      await app.mailer.deliverDue();
      return mailbox.waitFor({ to, subject }, 5_000);
    },
    holdsNothing(terminal = TERMINAL) {
      const held = app.services.identity.flows.holds(terminal);
      return !held.flow && !held.identity;
    },
    close,
  };
}

export function auditActions(app: App, action: string): Promise<{ outcome: string; target: string | null; detail: string | null }[]> {
  return app.store.all('SELECT outcome, target, detail FROM audit_log WHERE action = ? ORDER BY id', [action]);
}
