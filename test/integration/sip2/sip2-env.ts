// A test SIP2 server and a client pointed at it, with a memory log to read.
import { createSip2Client, type Sip2Client, type Sip2ClientOptions } from '../../../src-main/library-system/sip2/client';
import { createMemoryLogger, type LogEntry, type Logger } from '../../../src-main/log';
import { startSip2TestServer, type Sip2TestServer, type Sip2TestServerOptions } from '../../fixtures/sip2-server/server';

export const SIP_USER = 'kiosk';
export const SIP_PASSWORD = 'sip-secret';

export interface Sip2Env {
  server: Sip2TestServer;
  client: Sip2Client;
  log: Logger & { entries: LogEntry[] };
  close(): Promise<void>;
}

export async function sip2Env(serverOptions: Sip2TestServerOptions = {}, clientOptions: Partial<Sip2ClientOptions> = {}): Promise<Sip2Env> {
  const server = await startSip2TestServer({ user: SIP_USER, password: SIP_PASSWORD, ...serverOptions });
  const log = createMemoryLogger();
  const client = createSip2Client({
    host: server.host,
    port: server.port,
    tls: false,
    user: SIP_USER,
    password: SIP_PASSWORD,
    locationCode: 'honkan',
    institutionId: 'TESTLIB',
    encoding: serverOptions.encoding ?? 'utf-8',
    timeoutMs: 1_000,
    poolSize: 2,
    statusEveryMs: 60_000,
    timeZone: 'Asia/Tokyo',
    log,
    backoff: { initialMs: 20, maxMs: 200 },
    ...clientOptions,
  });
  return {
    server,
    client,
    log,
    async close() {
      await client.close();
      await server.close();
    },
  };
}
