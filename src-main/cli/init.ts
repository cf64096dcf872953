// `madoguchi-admin init`: the data folder, the first administrator A0001 and the recovery code.
import { staffNameKana, staffNameKanji } from '../../src-shared/contract/staff';
import { auditKeyFiles } from '../audit/audit-key';
import { DomainError } from '../domain-error';
import type { CliIO } from './cli-io';
import { cliActor, type CommandContext, openApp } from './command-context';
import { askPinPair, describeFieldErrors } from './pin-prompts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './usage';

export interface InitOptions {
  nameKana: string | null;
  name: string | null;
}

async function askName(io: CliIO, given: string | null): Promise<string | null> {
  if (given !== null) return given;
  return io.ask('利用者名(半角カナ) / name in kana: ');
}

export async function runInit(ctx: CommandContext, options: InitOptions): Promise<number> {
  const { io } = ctx;
  const rawKana = await askName(io, options.nameKana);
  if (rawKana === null) {
    io.err('入力が終わりました。 / The input ended before the name was given.');
    return EXIT_USAGE;
  }
  const kana = staffNameKana.safeParse(rawKana);
  const kanji = staffNameKanji.safeParse(options.name);
  if (!kana.success || !kanji.success) {
    io.err('利用者名は半角カナ48文字以内、漢字名は48文字以内で指定してください。');
    io.err('The name must be at most 48 kana characters (and the kanji name at most 48 characters).');
    return EXIT_USAGE;
  }

  const app = await openApp(ctx);
  try {
    const { installation } = app.services.staff;
    if ((await installation.isInitialised()) || (await app.services.staff.profiles.anyAccount())) {
      io.err(`このデータフォルダは初期設定済みか、すでに利用者がいます: ${ctx.dataDir}`);
      io.err('This data folder is already initialised or holds accounts (demo data?). Use an empty folder.');
      return EXIT_FAILED;
    }
    const attempts = io.interactive ? 3 : 1;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const answer = await askPinPair(io);
      if (answer === null) {
        io.err('入力が終わりました。 / The input ended before both PINs were typed.');
        return EXIT_USAGE;
      }
      let fields = 'fields' in answer ? answer.fields : null;
      if ('pair' in answer) {
        try {
          const { staffId, recoveryCode } = await installation.initialise(
            { nameKana: kana.data, nameKanji: kanji.data, pins: answer.pair },
            cliActor(),
          );
          io.out('');
          io.out(`初期設定が完了しました。管理者の利用者ID: ${staffId}`);
          io.out(`Initialised. The administrator's ID is ${staffId}.`);
          io.out('');
          io.out(`  回復コード / recovery code:  ${recoveryCode}`);
          io.out('');
          io.out('この回復コードは二度と表示されません。紙に書き写し、鍵のかかる場所に保管してください。');
          io.out('管理者が利用中止・封鎖になったときや暗証番号を忘れたときに、recover-admin で使います。');
          io.out('This code is shown only now. Write it on paper and lock it away: recover-admin needs it');
          io.out('when an administrator is locked or blocked, or has forgotten the PINs.');
          io.out('');
          io.out(`  監査ログの鍵 / audit key:  ${auditKeyFiles(ctx.dataDir, app.config.audit.keyFile).plain}`);
          io.out('同じデータベースを使う他の端末には、この鍵ファイルを同じ場所にコピーしてください。控えを金庫に保管してください。');
          io.out('Copy this key file to the same place on every other terminal that shares the database, and keep a copy in the safe.');
          return EXIT_OK;
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'invalid_input' || !error.fields) throw error;
          fields = error.fields;
        }
      }
      io.err('暗証番号を設定できません / The PINs cannot be used:');
      for (const line of describeFieldErrors(fields ?? {})) io.err(line);
    }
    return EXIT_USAGE;
  } finally {
    await app.close();
  }
}
