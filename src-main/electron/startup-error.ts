// What the person at the machine sees when Madoguchi cannot start. A configuration or database
// problem has a message written for them (which key, what to check); anything else gets a plain
// sentence and the log path. Never a stack, never a password (StoreError messages name the
// server by host, port and database only).
import { ConfigError } from '../config/load';
import { StoreError, type StoreErrorReason } from '../store/store';

export interface StartupErrorText {
  title: string;
  message: string;
}

// What to check, in Japanese and English, for each way the store can refuse to open.
const STORE_HINTS: Record<StoreErrorReason, string> = {
  unavailable:
    'データベースのサーバーにつながりません。サーバーが動いているか、store.url のホスト名とポート、ネットワークとファイアウォールを確認してください。\n' +
    'The database server cannot be reached. Check that it is running, the host and port in store.url, the network and the firewall.',
  rejected:
    'データベースのサーバーが接続を断りました。ユーザー名、パスワード（store.passwordEnv / store.passwordFile）、データベース名、TLS（store.sslmode）を確認してください。\n' +
    'The database server refused the connection. Check the user name, the password (store.passwordEnv / store.passwordFile), the database name and TLS (store.sslmode).',
  newer_version:
    'データベースは、この端末より新しい版の窓口で使われています。この端末を同じ版に更新してください。\n' +
    'The database is used by a newer version of Madoguchi. Update this terminal to the same version.',
  corrupt:
    'データベースのファイルが読めません。バックアップから戻してください（madoguchi-admin restore）。\n' +
    'The database file cannot be read. Restore it from a backup (madoguchi-admin restore).',
  unwritable:
    'データフォルダーまたはデータベースに書き込めません。ディスクの空きと権限を確認してください。\n' +
    'The data folder or the database cannot be written. Check the free disk space and the permissions.',
  migration_failed:
    'データベースの更新に失敗しました。何も変更していません。管理者にご連絡ください。\n' +
    'Updating the database failed; nothing was changed. Please contact the administrator.',
  bad_url:
    '設定 store.url の形式が正しくありません。\n' + 'The setting store.url is not in a form Madoguchi understands.',
};

export function startupErrorText(error: unknown, logFile: string): StartupErrorText {
  const title = '窓口を起動できません / Madoguchi cannot start';
  if (error instanceof StoreError) {
    return {
      title,
      message: `${STORE_HINTS[error.reason]}\n\n${error.message}`,
    };
  }
  if (error instanceof ConfigError) {
    return {
      title,
      message:
        '設定に問題があるため、起動を中止しました。次の内容を管理者にお伝えください。\n' +
        'Start-up stopped because of a problem with the configuration. ' +
        'Please give the following to the administrator.\n\n' +
        error.message,
    };
  }
  return {
    title,
    message:
      '予期しないエラーのため、起動を中止しました。管理者にご連絡ください。\n' +
      'Start-up stopped because of an unexpected error. Please contact the administrator.\n\n' +
      `Log: ${logFile}`,
  };
}
