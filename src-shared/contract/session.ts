// Channels every screen uses: terminal settings and the terminal's session.
import { z } from 'zod';
import { accountKinds, channel, permissions, noInput } from './channel';

import { type Locale, locales } from '../locales';
import { localizedText } from '../localized-text';

export const localeSchema = z.enum(locales);
export type { Locale };

export const requiredActions = ['change_password', 'set_pins'] as const;

export const sessionInfo = z.object({
  kind: z.enum(accountKinds),
  displayName: z.string(),
  loginId: z.string(),
  role: z.enum(['clerk', 'admin']).nullable(),
  permissions: z.array(z.enum(permissions)),
  requiredAction: z.enum(requiredActions).nullable(),
  startedAt: z.number(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const terminalInfo = z.object({
  systemName: localizedText,
  mode: z.enum(['kiosk', 'counter']),
  defaultLocale: localeSchema,
  idle: z.object({ seconds: z.number(), countdownSeconds: z.number() }),
  identity: z.object({ enabled: z.boolean(), providerName: z.string() }),
});
export type TerminalInfo = z.infer<typeof terminalInfo>;

export const buildInfo = z.object({ appVersion: z.string(), schemaVersion: z.number().int() });
export type BuildInfoOut = z.infer<typeof buildInfo>;

export const sessionChannels = {
  'terminal.info': channel({ input: noInput, output: terminalInfo, auth: 'public', duringRequiredAction: true }),
  'session.current': channel({
    input: noInput,
    output: sessionInfo.nullable(),
    auth: 'public',
    duringRequiredAction: true,
  }),
  /** The renderer reports user activity (throttled) so main's idle timer matches the screen's. */
  'session.touch': channel({ input: noInput, output: z.null(), auth: 'public', duringRequiredAction: true }),
  /**
   * This terminal's app version and database schema, for the staff screens' footer. Staff only
   * (so a counter, never a public kiosk): a visitor has no use for the exact build.
   */
  'staff.about': channel({ input: noInput, output: buildInfo, auth: 'staff' }),
  /** Logout, or the idle countdown running out: the session ends in main. */
  'session.end': channel({
    input: z.object({ reason: z.enum(['logout', 'idle']) }).strict(),
    output: z.null(),
    auth: 'public',
    duringRequiredAction: true,
  }),
};
