// What the person at the machine sees when Madoguchi cannot start. A configuration or database
// problem has a message written for them (which key, what to do); anything else gets a plain
// sentence and the log path. Never a stack.
import { ConfigError } from '../config/load';
import { StoreError } from '../store/database';

export interface StartupErrorText {
  title: string;
  message: string;
}

export function startupErrorText(error: unknown, logFile: string): StartupErrorText {
  const title = '窓口を起動できません / Madoguchi cannot start';
  if (error instanceof ConfigError || error instanceof StoreError) {
    return {
      title,
      message:
        '設定またはデータベースに問題があるため、起動を中止しました。次の内容を管理者にお伝えください。\n' +
        'Start-up stopped because of a problem with the configuration or the database. ' +
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
