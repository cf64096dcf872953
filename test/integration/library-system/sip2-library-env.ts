// The library screens' channels on a real app configured with library.system = sip2, against the
// test SIP2 server (test/fixtures/sip2-server) whose clock is the app's fake clock, so the
// fixture's due dates sit around the app's "today".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../../src-main/clock';
import type { ConfigInput } from '../../../src-main/config/schema';
import { IlsItems } from '../../../src-main/library-system/ils-items';
import type { Sip2TestServer, Sip2TestServerOptions } from '../../fixtures/sip2-server/server';
import { startSip2TestServer } from '../../fixtures/sip2-server/server';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

export const SIP_USER = 'kiosk';
export const SIP_PASSWORD = 'sip-secret';

export interface Sip2LibraryEnv extends TempApp {
  server: Sip2TestServer;
  /** Adds a catalogue item linked to an ILS item id (what a catalogue import does). */
  linkedItem(ilsId: string, title: string): Promise<number>;
  /** Rows of the tables a failed ILS call must leave alone. */
  snapshot(): Promise<Record<string, number>>;
}

/** The library config pointing at `server`; the SIP password comes from a file, as on a site. */
export function sip2LibraryConfig(server: { host: string; port: number }, passwordFile: string): ConfigInput['library'] {
  return {
    system: 'sip2',
    sip2: { host: server.host, port: server.port, user: SIP_USER, passwordFile, locationCode: 'honkan', institutionId: 'TESTLIB', timeoutMs: 1_000, poolSize: 2 },
  };
}

const COUNTED = ['accounts', 'patrons', 'credentials', 'catalogue_items', 'ils_items', 'loans', 'holds', 'hold_cart', 'sessions', 'outbox'];

export async function openSip2LibraryEnv(serverOptions: Sip2TestServerOptions = {}, config: ConfigInput = {}): Promise<Sip2LibraryEnv> {
  const clock = new FakeClock();
  const server = await startSip2TestServer({ user: SIP_USER, password: SIP_PASSWORD, now: () => clock.now(), ...serverOptions });
  const secrets = mkdtempSync(join(tmpdir(), 'madoguchi-sip-'));
  const passwordFile = join(secrets, 'sip-password');
  writeFileSync(passwordFile, `${SIP_PASSWORD}\n`);
  let env: TempApp;
  try {
    env = await tempApp({ ...config, library: { ...sip2LibraryConfig(server, passwordFile), ...config.library } }, { clock });
  } catch (error) {
    await server.close();
    rmSync(secrets, { recursive: true, force: true });
    throw error;
  }
  const { store } = env.app;
  return {
    ...env,
    server,
    async linkedItem(ilsId, title) {
      const id = await env.app.services.library.catalogue.add({ title, addedAt: clock.now() - 400 * 86_400_000 });
      await new IlsItems(store).link(id, ilsId);
      return id;
    },
    async snapshot() {
      const out: Record<string, number> = {};
      for (const table of COUNTED) out[table] = (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
      return out;
    },
    async close() {
      await env.close();
      await server.close().catch(() => undefined);
      rmSync(secrets, { recursive: true, force: true });
    },
  };
}
