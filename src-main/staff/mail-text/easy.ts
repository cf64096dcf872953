// The notice to an account's owner after staff changed it, in easy Japanese (やさしい日本語); every
// kanji carries its reading as ｜漢字《よみ》 (the mailer prints 漢字(よみ)).
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: '｜利用中止《りようちゅうし》（ロック）が おわりました。また ログインできます。',
  accident_set: '｜事故登録《じことうろく》を しました。だから、いまは この アカウントで ログインできません。',
  accident_cleared: '｜事故登録《じことうろく》が おわりました。また ログインできます。',
  blockade_released: '｜封鎖《ふうさ》（｜累積封鎖《るいせきふうさ》）を ｜解除《かいじょ》しました。｜確認暗証番号《かくにんあんしょうばんごう》を つかう ｜手続《てつづ》きが、また できます。',
  pins_reset: '｜暗証番号《あんしょうばんごう》を リセットしました。つぎに ログインする とき、あたらしい ｜暗証番号《あんしょうばんごう》を じぶんで きめて ください。',
  password_reset: 'パスワードを はじめの パスワード（うまれた ｜月《つき》と ｜日《ひ》の 4けた）に もどしました。つぎに ログインする とき、あたらしい パスワードを きめて ください。',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'アカウントの ｜状態《じょうたい》が かわりました',
    body: [
      `${systemName}を つかって くださって、ありがとうございます。`,
      '',
      `｜職員《しょくいん》が、あなたの アカウント（${loginId}）を つぎの ように かえました。`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'この メールの ことを ｜知《し》らない ときは、すみませんが、｜窓口《まどぐち》で きいて ください。',
      'この メールに へんじを しても、こたえる ことが できません。',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
