// `madoguchi-admin recover-admin --id A0001`: the machine-side form of the seed's paper request at
// the branch. Clears the administrator's 利用中止 and 封鎖, makes both PINs be set anew, replaces the
// recovery code; every attempt, right or wrong, is in the audit log.
import { DomainError } from '../domain-error';
import { cliActor, type CommandContext, openApp } from './command-context';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './usage';

export async function runRecoverAdmin(ctx: CommandContext, staffId: string): Promise<number> {
  const { io } = ctx;
  const app = await openApp(ctx);
  try {
    if (!(await app.services.staff.installation.isInitialised())) {
      io.err('このデータフォルダは init で初期設定されていません。 / This data folder was never initialised with init.');
      return EXIT_FAILED;
    }
    const code = await io.ask('回復コード / recovery code: ', { hidden: true });
    if (code === null || code.trim() === '') {
      io.err('回復コードが入力されませんでした。 / No recovery code was given.');
      return EXIT_USAGE;
    }
    try {
      const { temporaryPin, recoveryCode } = await app.services.staff.installation.recoverAdmin(staffId, code, cliActor());
      io.out('');
      io.out(`${staffId} の利用中止・封鎖を解除しました。 / ${staffId} is unlocked and unblocked.`);
      io.out('');
      io.out(`  仮の利用者暗証番号 / temporary login PIN:  ${temporaryPin}`);
      io.out(`  新しい回復コード / new recovery code:     ${recoveryCode}`);
      io.out('');
      io.out('仮の暗証番号でログインすると、利用者暗証番号と利用者確認暗証番号の両方を設定し直す画面になります。');
      io.out('これまでの回復コードは使えなくなりました。新しいコードを紙に書き写して保管してください。');
      io.out('Log in with the temporary PIN; you will then choose both PINs anew.');
      io.out('The old recovery code no longer works: write the new one on paper and lock it away.');
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found') {
        io.err(`${staffId} は管理者の利用者IDではありません。 / ${staffId} is not an administrator.`);
        return EXIT_FAILED;
      }
      if (error instanceof DomainError && error.code === 'denied') {
        io.err('回復コードが違います。この試行は監査ログに記録されました。 / Wrong recovery code; the attempt is in the audit log.');
        return EXIT_FAILED;
      }
      throw error;
    }
  } finally {
    await app.close();
  }
}
