// The `identity` section of config.json (seed 004): the OpenID Connect issuer the kiosk is a
// Device Authorization Grant client of — in production a municipal broker in front of xID.
// With no issuer the xID buttons are not shown at all.
import { z } from 'zod';

/** http is accepted only on the loopback interface (the test and `npm run idp:dev` provider). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const issuerUrl = z
  .url({ protocol: /^https?$/ })
  .refine((v) => {
    const url = new URL(v);
    return url.protocol === 'https:' || isLoopbackHttp(url);
  }, 'https (http only on 127.0.0.1 / localhost)');

export const identityConfig = z
  .object({
    /** The issuer URL (its /.well-known/openid-configuration is read); null hides xID. */
    issuer: issuerUrl.nullable().default(null),
    clientId: z.string().min(1).max(200).default('madoguchi-kiosk'),
    /** For a broker that wants client_secret_basic; absent → a public client (auth method none). */
    clientSecret: z.string().min(1).max(500).nullable().default(null),
    scopes: z.string().min(1).max(500).default('openid profile address email'),
    /** The name on buttons and screens: xIDで新規登録, xIDでログイン. */
    providerName: z.string().min(1).max(40).default('xID'),
    /** The longest device-code lifetime the kiosk waits for, whatever the issuer grants. */
    maxDeviceCodeSeconds: z.number().int().min(30).max(3600).default(600),
    /** How long a パスワード再設定 code stays valid. */
    resetCodeTtlMinutes: z.number().int().min(5).max(24 * 60).default(30),
  })
  .prefault({});

export type IdentityConfig = z.output<typeof identityConfig>;
