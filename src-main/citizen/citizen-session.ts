// The end of every citizen login (利用者キー + ワンタイムパスワード, メールアドレス + パスワード,
// xID): the one login path of auth/login.ts, then a session that carries no role, permissions or
// pending action, because citizens have none. Only the secret check differs between the three.
import type { LoginAttempt, LoginGuard } from '../auth/login';
import type { Session, Sessions } from '../auth/sessions';
import { DomainError } from '../domain-error';

export async function logInCitizen(guard: LoginGuard, sessions: Sessions, attempt: Omit<LoginAttempt, 'kind' | 'onSuccess'>): Promise<Session> {
  let session: Session | undefined;
  await guard.attempt({
    ...attempt,
    kind: 'citizen',
    // In the transaction that records the login: one commit for the login and its session.
    onSuccess: async (account) => {
      session = await sessions.start(attempt.by.terminal, {
        accountId: account.id,
        kind: 'citizen',
        loginId: account.loginId,
        displayName: account.displayName,
        role: null,
        permissions: [],
        requiredAction: null,
      });
    },
  });
  const started = session as Session | undefined;
  if (!started) throw new DomainError('login_failed');
  return started;
}
