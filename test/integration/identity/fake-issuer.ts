// A small scripted OAuth server on 127.0.0.1 for what oidc-provider never does: answer slow_down,
// drop the connection, or fail with 503. Each token request takes the next answer of the script.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TokenAnswer = 'pending' | 'slow_down' | 'drop' | 'server_error' | 'approve';

export interface FakeIssuer {
  issuer: string;
  /** Token requests received so far. */
  tokenRequests: number;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function drain(req: IncomingMessage): Promise<void> {
  for await (const _chunk of req) {
    // The body is not needed; reading it lets the client finish sending.
  }
}

export async function startFakeIssuer(script: TokenAnswer[], options: { interval?: number } = {}): Promise<FakeIssuer> {
  const answers = [...script];
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: FakeIssuer = {
    issuer,
    tokenRequests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req, res) => {
    void (async () => {
      await drain(req);
      const path = new URL(req.url ?? '/', issuer).pathname;
      switch (path) {
        case '/.well-known/openid-configuration':
          return json(res, 200, {
            issuer,
            authorization_endpoint: `${issuer}/auth`,
            device_authorization_endpoint: `${issuer}/device/auth`,
            token_endpoint: `${issuer}/token`,
            userinfo_endpoint: `${issuer}/me`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
          });
        case '/device/auth':
          return json(res, 200, {
            device_code: 'fake-device-code',
            user_code: 'ABCD-EFGH',
            verification_uri: `${issuer}/device`,
            verification_uri_complete: `${issuer}/device?user_code=ABCD-EFGH`,
            expires_in: 600,
            ...(options.interval === undefined ? {} : { interval: options.interval }),
          });
        case '/token': {
          state.tokenRequests++;
          const answer = answers.shift() ?? 'pending';
          if (answer === 'drop') return req.socket.destroy();
          if (answer === 'server_error') return json(res, 503, { error: 'temporarily_unavailable' });
          if (answer === 'pending') return json(res, 400, { error: 'authorization_pending' });
          if (answer === 'slow_down') return json(res, 400, { error: 'slow_down' });
          return json(res, 200, { access_token: 'fake-access-token', token_type: 'Bearer', expires_in: 60 });
        }
        case '/me':
          return json(res, 200, { sub: 'fake-subject', name: '但東 三郎', email: 'saburo.tanto@example.jp', email_verified: true, birthdate: '1990-02-14' });
        default:
          return json(res, 404, { error: 'not_found' });
      }
    })();
  });
  return state;
}
