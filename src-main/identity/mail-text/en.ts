// The identity mails (seed 004) in English, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Your registration with ${providerName} is complete`,
    body: `Dear ${name},

You are now registered with ${systemName}; your identity was confirmed through ${providerName}.
Your user key is below. Please keep it somewhere safe.

  User key: ${userKey}

Next time, choose "Log in with ${providerName}" at the kiosk and scan the QR code with the
${providerName} app on your phone.

Registering with ${providerName} does not set a password. To log in with your e-mail address and
a password, first use "Reset password": a reset code will be sent to this address and lets you
choose one.

If you did not register, please let the city hall counter know.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `Your account is now linked to ${providerName}`,
    body: `Dear ${name},

The account with user key ${userKey} was linked to ${providerName} on ${formatDateTime(at, 'en')} (Japan time).
You can now also log in with "Log in with ${providerName}".

If you did not do this, please contact the city hall counter at once.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Your password reset code',
    body: `We received a request to reset your password.
On the kiosk's "Reset password" screen, enter the code below and your new password.

  Reset code: ${code}

The code is valid for ${validMinutes} minutes (until ${formatDateTime(expiresAt, 'en')}, Japan time) and works once.
Asking for a new code makes this one invalid.

If you did not ask for this, simply delete this mail. Your password stays as it is.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'Your password has been reset',
    body: `Dear ${name},

The password for logging in with this e-mail address was reset on ${formatDateTime(at, 'en')} (Japan time).
From now on, log in with your e-mail address and the new password.

If you did not do this, please contact the city hall counter at once.
`,
  }),
} satisfies IdentityMailText;
