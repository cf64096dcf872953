// The slips in easy Japanese (やさしい日本語), translated from ja.ts in the words of the easy-Japanese
// screens and mails; every kanji carries its reading as ｜漢字《よみ》 (the slip page prints <ruby>).
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.easy.htmlLang,
  dateTime: (epochMs) => formatDateTime(epochMs, 'easy'),
  date: (epochMs) => formatDate(epochMs, 'easy'),
  issuedAt: '｜印刷《いんさつ》した ｜日《ひ》',
  reservation: {
    heading: '｜予約《よやく》の ひかえ',
    number: '｜予約《よやく》｜番号《ばんごう》',
    event: '｜予約《よやく》した もの',
    venue: '｜場所《ばしょ》',
    when: '｜日《ひ》と ｜時間《じかん》',
    dose: (n) => `（${n}｜回目《かいめ》）`,
    guidance: 'おしらせ・もって くる もの',
    cancelHeading: '｜予約《よやく》の キャンセル',
    cancelRoute:
      'タッチパネルの きかいで 「｜市役所《しやくしょ》の ｜予約《よやく》」を えらんで、｜利用者《りようしゃ》キーと ワンタイムパスワードで ログインして ください。「｜予約《よやく》の リスト」の 「キャンセル」で キャンセルできます。',
    cancelUntil: (when) => `キャンセルできるのは ${when} までです。`,
    cancelClosed: 'この ｜予約《よやく》は、タッチパネルの きかいでは キャンセルできません。｜市役所《しやくしょ》の ｜窓口《まどぐち》に ｜来《き》て ください。',
    cancelKey: '｜利用者《りようしゃ》キーは、｜予約《よやく》の メールに ｜書《か》いて あります。メールが ない ｜人《ひと》は、｜市役所《しやくしょ》の ｜窓口《まどぐち》で きいて ください。',
    noSecrets: 'この ひかえには、｜利用者《りようしゃ》キーや パスワードは ｜書《か》いて いません。',
  },
  library: {
    heading: '｜借《か》りて いる ｜本《ほん》と ｜予約《よやく》した ｜本《ほん》',
    patron: (name) => `｜名前《なまえ》：${name}`,
    loansHeading: '｜借《か》りて いる ｜本《ほん》',
    noLoans: '｜借《か》りて いる ｜本《ほん》は ありません。',
    due: (date) => `｜返《かえ》す ｜日《ひ》 ${date}`,
    holdsHeading: '｜予約《よやく》した ｜本《ほん》',
    noHolds: '｜予約《よやく》して いる ｜本《ほん》は ありません。',
    pickup: (branch) => `うけとる ｜図書館《としょかん》：${branch}`,
    ready: (until) => (until ? `じゅんびが できました（${until}までに とりに ｜来《き》て ください）` : 'じゅんびが できました'),
    waiting: (position) => (position === null ? 'まって います' : `まって います（${position}｜番目《ばんめ》）`),
  },
  patron: {
    heading: '｜図書館《としょかん》カードの ｜登録《とうろく》',
    cardNumber: '｜図書館《としょかん》カードの ｜番号《ばんごう》',
    name: '｜名前《なまえ》',
    kana: '｜名前《なまえ》の よみかた（カタカナ）',
    branch: 'うけとる ｜図書館《としょかん》',
    registeredOn: '｜登録《とうろく》した ｜日《ひ》',
    passwordHeading: 'はじめて ログインする とき',
    password: 'パスワードは、うまれた ｜月《つき》と ｜日《ひ》の 4けたです（8｜月《がつ》｜8日《ようか》に うまれた ｜人《ひと》は 0808）。',
    passwordChange:
      'ログインしたら、すぐに あたらしい パスワードを きめて ください。あたらしい パスワードは 8｜文字《もじ》 いじょうです。うまれた ｜日《ひ》や カードの ｜番号《ばんごう》は つかえません。',
    keep: 'この ｜紙《かみ》は たいせつに とって おいて ください。カードを なくした ときは、すぐに ｜図書館《としょかん》の カウンターに ｜言《い》って ください。',
  },
} satisfies ResidentSlipText;
