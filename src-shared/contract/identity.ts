// xID sign-in (seed 004): registration and login through the OAuth 2.0 Device Authorization Grant,
// linking xID to an account, パスワードの再設定 by mail and メールアドレス + パスワード login.
//
// The device flow is a long operation: 'identity.start' returns the code to show, 'identity.wait'
// resolves once the citizen approved, declined or the code expired, and 'identity.cancel' (or
// leaving the screen, or the idle timeout) ends the waiting in main at once.
import { z } from 'zod';
import { email, RAW_TEXT_LIMIT, typedSecret } from '../fields';
import { resetCode } from '../identity/reset-code';
import { newPasswordProblem } from '../library/patron-password';
import { channel, noInput } from './channel';
import { localeSchema } from './session';

/** 8–64 characters, not one of the most common passwords (the library's rule for new passwords). */
export const newPassword = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .superRefine((value, ctx) => {
    const problem = newPasswordProblem(value, { cardNumber: '' });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const devicePurpose = z.enum(['register', 'login']);
export type DevicePurpose = z.infer<typeof devicePurpose>;

export const deviceCodeInfo = z.object({
  /** Shown in large type; typed on the phone when the QR code cannot be scanned. */
  userCode: z.string(),
  verificationUri: z.string(),
  verificationUriComplete: z.string(),
  /** The QR code of verificationUriComplete as a data: URL (an SVG image). */
  qrDataUrl: z.string(),
  /** Seconds from now until the code expires: the renderer counts down on its own clock. */
  expiresInSeconds: z.number(),
});
export type DeviceCodeInfo = z.infer<typeof deviceCodeInfo>;

/**
 * How a device flow ended when the citizen approved. registered / logged_in start a session;
 * known_sub (registering an xID that already has an account) and unknown_sub (logging in with an
 * xID that has none) hold the verified identity briefly, so 'identity.proceed' can log in or
 * register without scanning again.
 */
export const deviceOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('registered'), displayName: z.string(), userKey: z.string(), mailed: z.boolean() }),
  z.object({ outcome: z.literal('logged_in'), displayName: z.string() }),
  z.object({ outcome: z.literal('linked') }),
  z.object({ outcome: z.literal('known_sub') }),
  z.object({ outcome: z.literal('unknown_sub') }),
]);
export type DeviceOutcome = z.infer<typeof deviceOutcome>;

export const passwordResetRequestInput = z.object({ email, locale: localeSchema.default('ja') }).strict();

export const passwordResetInput = z
  .object({ email, code: resetCode, password: newPassword, passwordConfirm: z.string({ error: 'required' }).max(RAW_TEXT_LIMIT), locale: localeSchema.default('ja') })
  .strict()
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], error: 'mismatch' });

// Only the password's presence is checked, so a wrong one is a failed login.
export const passwordLoginInput = z.object({ email, password: typedSecret }).strict();

export const identityChannels = {
  /** Asks the issuer for a device code for registration or login. */
  'identity.start': channel({
    input: z.object({ purpose: devicePurpose, locale: localeSchema.default('ja') }).strict(),
    output: deviceCodeInfo,
    auth: 'public',
  }),
  /** The same for linking xID to the logged-in citizen's account (one xID per account). */
  'identity.link.start': channel({
    input: z.object({ locale: localeSchema.default('ja') }).strict(),
    output: deviceCodeInfo,
    auth: 'citizen',
  }),
  /** Resolves when the flow ends; errors denied, expired, cancelled, unavailable, login_failed, conflict. */
  'identity.wait': channel({ input: noInput, output: deviceOutcome, auth: 'public' }),
  /** After known_sub / unknown_sub: log in, or register from the identity just verified. */
  'identity.proceed': channel({
    input: z.object({ action: z.enum(['login', 'register']), locale: localeSchema.default('ja') }).strict(),
    output: deviceOutcome,
    auth: 'public',
  }),
  /** キャンセル: stops the waiting and forgets the code and any verified identity. */
  'identity.cancel': channel({ input: noInput, output: z.null(), auth: 'public', duringRequiredAction: true }),
  /** Whether the logged-in citizen's account is linked to xID. */
  'identity.link.status': channel({ input: noInput, output: z.object({ linked: z.boolean() }), auth: 'citizen' }),
  /** The same answer whether or not the address is registered. */
  'identity.password.reset.request': channel({
    input: passwordResetRequestInput,
    /** lockAfter: consecutive wrong passwords that stop the password login (the same for everyone). */
    output: z.object({ validMinutes: z.number(), lockAfter: z.number() }),
    auth: 'public',
  }),
  /** Answers { reset: true } (an object, so a form can tell success from no answer). */
  'identity.password.reset': channel({ input: passwordResetInput, output: z.object({ reset: z.literal(true) }), auth: 'public' }),
  'identity.password.login': channel({ input: passwordLoginInput, output: z.object({ displayName: z.string() }), auth: 'public' }),
};
