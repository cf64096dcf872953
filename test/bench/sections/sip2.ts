// SIP2 (issue 15): the library system link's cost over loopback against the test SIP2 server
// (test/fixtures/sip2-server). A patron information round trip (63 → 64 with the charged-items
// list) through the client — framing, sequence and checksum, parsing, the pool — beside a raw
// socket that writes the same bytes on a logged-in connection and waits for the CR (goal ≤ 1.5 ×
// raw); then 8 kiosks' worth of requests at once through one pool of the configured size, as
// latency per request and requests per second. No data set is needed: the ILS is the fixture,
// started in a process of its own (as an ILS is another machine), so its work does not share the
// client's event loop.
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createSip2Client } from '../../../src-main/library-system/sip2/client';
import { formatSipDate } from '../../../src-main/library-system/sip2/dates';
import { encodeSipText } from '../../../src-main/library-system/sip2/encoding';
import { frameMessage } from '../../../src-main/library-system/sip2/framing';
import { loginRequest, patronInformationRequest } from '../../../src-main/library-system/sip2/requests';
import { createMemoryLogger } from '../../../src-main/log';
import { PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import type { BenchContext } from '../context';
import { atLeast, CHEAP_BASELINE_RATIO, cheapGoals } from '../figures';
import { timeInterleaved } from '../measure';
import type { Section } from '../section';
import { summarize } from '../stats';

const SECTION = 'sip2';
const KIOSKS = 8;
/** library.sip2.poolSize's default. */
const POOL_SIZE = 2;
const USER = 'kiosk';
const PASSWORD = 'sip-secret';
const TIME_ZONE = 'Asia/Tokyo';

/**
 * A logged-in socket that sends prepared bytes and resolves on the answer's CR: the floor. It has
 * the client's socket options (Nagle off, as connection.ts sets it), so neither side pays for
 * delayed small writes and the ratio is the client's own work.
 */
async function rawConnection(host: string, port: number): Promise<{ exchange(bytes: Buffer): Promise<void>; close(): void }> {
  const socket: Socket = await new Promise((resolve, reject) => {
    const s = connect({ host, port }, () => resolve(s));
    s.once('error', reject);
  });
  socket.setNoDelay(true);
  let waiting: (() => void) | null = null;
  socket.on('data', (chunk: Buffer) => {
    if (chunk.includes(0x0d) && waiting) {
      const done = waiting;
      waiting = null;
      done();
    }
  });
  const exchange = (bytes: Buffer) =>
    new Promise<void>((resolve) => {
      waiting = resolve;
      socket.write(bytes);
    });
  await exchange(frameMessage(encodeSipText(loginRequest({ user: USER, password: PASSWORD, locationCode: 'honkan' }).text, 'utf-8'), 0));
  return { exchange, close: () => socket.destroy() };
}

/** The test ILS in a child process; resolves once it listens. */
async function startIlsProcess(): Promise<{ host: string; port: number; close(): Promise<void> }> {
  const runner = fileURLToPath(new URL('../../run-ts.mjs', import.meta.url));
  const script = fileURLToPath(new URL('../../fixtures/sip2-server/standalone.ts', import.meta.url));
  const child = spawn(process.execPath, [runner, script], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, SIP2_TEST_USER: USER, SIP2_TEST_PASSWORD: PASSWORD },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /port (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the test ILS exited (${code}) before listening`)));
  });
  return {
    host: '127.0.0.1',
    port,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

export const sip2Section: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    const server = await startIlsProcess();
    const client = createSip2Client({
      host: server.host,
      port: server.port,
      tls: false,
      user: USER,
      password: PASSWORD,
      locationCode: 'honkan',
      institutionId: 'TESTLIB',
      encoding: 'utf-8',
      timeoutMs: 10_000,
      poolSize: POOL_SIZE,
      statusEveryMs: 180_000,
      timeZone: TIME_ZONE,
      // A memory log: the figure includes the client's one log line per exchange, not disk writes.
      log: createMemoryLogger(),
    });
    const raw = await rawConnection(server.host, server.port);
    try {
      // The same request the client sends (its date is the only part that changes per call).
      const text = patronInformationRequest({ now: formatSipDate(Date.now(), TIME_ZONE), institutionId: 'TESTLIB' }, { patronId: PATRON_HANAKO, summary: 'chargedItems' }).text;
      const bytes = frameMessage(encodeSipText(text, 'utf-8'), 1);
      const viaClient = () => client.patronInformation({ patronId: PATRON_HANAKO, summary: 'chargedItems' });
      const both = await timeInterleaved(ctx.counts, viaClient, () => raw.exchange(bytes));
      const baseline = { sql: 'the same 63 bytes on a raw logged-in socket, answer read to its CR', ms: both.b };
      const goals = cheapGoals(both.a, baseline).filter((g) => g.text.includes('raw'));
      ctx.figures.push({ kind: 'latency', section: SECTION, name: 'patron information (63 → 64, charged items) over loopback', ms: both.a, baseline, goals, note: `goal ≤ ${CHEAP_BASELINE_RATIO} × raw; one connection of the pool in use` });
      ctx.log(`${SECTION}: patron information p99 ${both.a.p99.toFixed(3)} ms (raw p99 ${both.b.p99.toFixed(3)})`);

      // 8 kiosks tapping at once: every request waits for one of POOL_SIZE connections.
      const perKiosk = Math.max(1, Math.ceil(ctx.counts.calls / KIOSKS));
      const samples: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: KIOSKS }, async () => {
          for (let i = 0; i < perKiosk; i++) {
            const t = performance.now();
            await viaClient();
            samples.push(performance.now() - t);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const concurrent = summarize(samples);
      ctx.figures.push({
        kind: 'latency',
        section: SECTION,
        name: `${KIOSKS} kiosks at once through a pool of ${POOL_SIZE}`,
        ms: concurrent,
        goals: [],
        note: `${samples.length} requests; each waits its turn for a connection (library.sip2.poolSize)`,
      });
      const rate = samples.length / seconds;
      ctx.figures.push({ kind: 'value', section: SECTION, name: `requests per second, ${KIOSKS} kiosks at once`, value: Math.round(rate), unit: 'req/s', goals: [atLeast(rate, KIOSKS, `≥ ${KIOSKS} req/s (one tap per kiosk per second)`)] });
      ctx.log(`${SECTION}: ${KIOSKS} kiosks p99 ${concurrent.p99.toFixed(3)} ms, ${Math.round(rate)} req/s`);
    } finally {
      raw.close();
      await client.close();
      await server.close();
    }
  },
};
