// The end of every citizen login (利用者キー + ワンタイムパスワード, メールアドレス + パスワード,
// xID): the one login path of auth/login.ts, then a session that carries no role, permissions or
// pending action, because citizens have none. Only the secret check differs between the three.
import type { LoginAttempt, LoginGuard } from '../auth/login';
import type { Session, Sessions } from '../auth/sessions';

export async function logInCitizen(guard: LoginGuard, sessions: Sessions, attempt: Omit<LoginAttempt, 'kind'>): Promise<Session> {
  const account = await guard.attempt({ ...attempt, kind: 'citizen' });
  return sessions.start(attempt.by.terminal, {
    accountId: account.id,
    kind: 'citizen',
    loginId: account.loginId,
    displayName: account.displayName,
    role: null,
    permissions: [],
    requiredAction: null,
  });
}
