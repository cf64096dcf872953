// `madoguchi-admin sip2 check`: what an installer runs first when a library uses its own ILS. It
// reads library.sip2 as the app would, logs in, sends SC status, and prints what the ILS says it
// supports (the 98 message's BX field) and the round-trip time. Exit 1, with the reason in both
// languages, when it cannot connect, log in or read the answer.
import { join } from 'node:path';
import { ConfigError } from '../config/load';
import { systemClock } from '../clock';
import { sip2ClientOptions } from '../library-system/open-library-system';
import { createSip2Client, type Sip2ClientOptions } from '../library-system/sip2/client';
import { SUPPORTED_MESSAGES, type SupportedMessage } from '../library-system/sip2/codes';
import { Sip2Error, type Sip2ErrorReason } from '../library-system/sip2/errors';
import { createFileLogger } from '../log';
import { cliConfig, type CommandContext } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

/** The messages the library screens use; one the ILS does not list is worth a warning. */
const NEEDED: SupportedMessage[] = ['login', 'scStatus', 'patronStatus', 'patronInformation', 'checkout', 'checkin', 'renew', 'hold', 'itemInformation', 'endPatronSession'];

const HINT: Record<Sip2ErrorReason, string> = {
  unavailable: '接続できません。ホスト名・ポート・TLS の設定と、ILS の SIP サーバーが動いているかを確認してください / No connection: check host, port and tls, and that the ILS\'s SIP server is running.',
  timeout: '応答がありません。ファイアウォールと timeoutMs を確認してください / No answer in time: check firewalls and timeoutMs.',
  checksum: 'チェックサムが合いません。encoding (utf-8 / shift_jis) が ILS と同じか確認してください / Checksums do not match: check that encoding matches the ILS.',
  garbled: '応答を読めません。ポートが SIP2 のものか、encoding が正しいか確認してください / The answer cannot be read: check that the port is the SIP2 one and the encoding.',
  refused: 'ログインが拒否されました。SIP のユーザーとパスワードを確認してください / The login was refused: check the SIP user and password.',
};

export async function runSip2Check(ctx: CommandContext): Promise<number> {
  const config = cliConfig(ctx);
  const sip2 = config.library.sip2;
  if (!sip2) {
    ctx.io.err('config.json に library.sip2 がありません / library.sip2 is not set in config.json (host, user, passwordEnv or passwordFile).');
    return EXIT_FAILED;
  }
  let options: Sip2ClientOptions;
  try {
    options = sip2ClientOptions(sip2, config.library.timeZone, {
      dataDir: ctx.dataDir,
      env: ctx.env,
      log: createFileLogger({ file: join(ctx.dataDir, 'logs', 'cli.log') }),
      clock: ctx.clock ?? systemClock,
      // One try: an installer wants the answer now, not after a back-off.
      backoff: { initialMs: 0, maxMs: 0 },
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    ctx.io.err(`設定を読めません / ${error.message}`);
    return EXIT_FAILED;
  }
  const where = `${sip2.host}:${sip2.port}`;
  ctx.io.out(`SIP2 サーバー / server: ${where} (${sip2.tls ? 'TLS' : '暗号化なし / plain TCP'}, ${sip2.encoding})`);
  const client = createSip2Client({ ...options, poolSize: 1 });
  try {
    const opened = performance.now();
    await client.scStatus();
    const firstMs = performance.now() - opened;
    // The second status runs on the open connection: the round trip a patron's tap costs.
    const sent = performance.now();
    const status = await client.scStatus();
    const roundTripMs = performance.now() - sent;
    ctx.io.out(`ログイン / login: OK (${sip2.user})`);
    ctx.io.out(`ILS: ${status.online ? 'オンライン / online' : 'オフライン / offline'}, プロトコル / protocol ${status.protocolVersion.trim() || '?'}, ${status.libraryName ?? ''} (AO ${status.institutionId || '-'})`);
    if (status.supportedMessages === null) {
      ctx.io.out('対応メッセージ / supported messages: ILS は BX を送りませんでした / the ILS sent no BX field');
    } else {
      const supported = SUPPORTED_MESSAGES.filter((m) => status.supportedMessages?.[m]);
      const not = SUPPORTED_MESSAGES.filter((m) => !status.supportedMessages?.[m]);
      ctx.io.out(`対応メッセージ / supported messages: ${supported.join(', ') || '-'}`);
      ctx.io.out(`未対応 / not supported: ${not.join(', ') || '-'}`);
      const missing = NEEDED.filter((m) => !status.supportedMessages?.[m]);
      if (missing.length > 0) ctx.io.out(`注意 / warning: 図書館画面が使うメッセージに未対応のものがあります / the library screens use messages the ILS does not list: ${missing.join(', ')}`);
    }
    ctx.io.out(`往復時間 / round trip: ${roundTripMs.toFixed(1)} ms (接続とログインを含む最初の呼び出し / first call with connect and login: ${firstMs.toFixed(1)} ms)`);
    if (!status.online) {
      ctx.io.err('ILS はオフラインと答えました / The ILS answered that it is offline.');
      return EXIT_FAILED;
    }
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof Sip2Error)) throw error;
    ctx.io.err(`図書館システムに接続できません / Cannot reach the library system at ${where}: ${error.reason} (${error.detail})`);
    ctx.io.err(HINT[error.reason]);
    return EXIT_FAILED;
  } finally {
    await client.close();
  }
}
