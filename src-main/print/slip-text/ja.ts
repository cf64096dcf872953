// The slips in Japanese: the source every other language's file translates, in the words of the
// screens (src-renderer/i18n/ja) and the seeds. Dates in 令和.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { AttendeeSlipText, ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.ja.htmlLang,
  dateTime: (epochMs) => formatDateTime(epochMs, 'ja'),
  date: (epochMs) => formatDate(epochMs, 'ja'),
  issuedAt: '発行',
  reservation: {
    heading: '予約の控え',
    number: '予約番号',
    event: '催し',
    venue: '会場',
    when: '日時',
    dose: (n) => `（${n}回目）`,
    guidance: 'ご案内・持ち物',
    cancelHeading: '予約の取り消し',
    cancelRoute: '窓口端末の「市役所の予約」から利用者キーとワンタイムパスワードでログインし、「予約一覧」の「キャンセル」で取り消せます。',
    cancelUntil: (when) => `取り消しは ${when} までです。`,
    cancelClosed: 'この予約は端末からは取り消せません。市役所の窓口にお申し出ください。',
    cancelKey: '利用者キーは予約受付のメールでお知らせしています。メールのない方は、市役所の窓口でおたずねください。',
    noSecrets: 'この控えには利用者キーやパスワードは印刷していません。',
  },
  library: {
    heading: '貸出・予約の控え',
    patron: (name) => `お名前：${name}`,
    loansHeading: '借りている資料',
    noLoans: '借りている資料はありません。',
    due: (date) => `返却期限 ${date}`,
    holdsHeading: '予約した資料',
    noHolds: '予約している資料はありません。',
    pickup: (branch) => `受取館 ${branch}`,
    ready: (until) => (until ? `ご用意できました（${until}までにお受け取りください）` : 'ご用意できました'),
    waiting: (position) => (position === null ? '順番待ち' : `順番待ち（${position}番目）`),
  },
  patron: {
    heading: '図書館利用カード 登録票',
    cardNumber: '図書館カードの番号',
    name: 'お名前',
    kana: 'フリガナ',
    branch: '予約受取館',
    registeredOn: '登録日',
    passwordHeading: '初めてログインするとき',
    password: 'パスワードは、お誕生日の月日4桁です（例：8月8日生まれの方は 0808）。',
    passwordChange: 'ログインするとすぐに新しいパスワードの登録をお願いします。新しいパスワードは8文字以上で、生年月日やカードの番号を含まないものにしてください。',
    keep: 'この登録票は大切に保管してください。カードを失くしたときは、すぐに窓口へお知らせください。',
  },
} satisfies ResidentSlipText;

/** 参加者一覧 (staff only). */
export const attendees = {
  heading: (title, day) => `参加者一覧　${title}　${day}`,
  count: (n, attended) => `予約 ${n}人（来場 ${attended}人）`,
  time: '時刻',
  name: '氏名',
  userKey: '利用者キー',
  phone: '電話番号',
  dose: '接種回',
  doseValue: (n) => `${n}回目`,
  attended: '来場',
  none: 'この日の予約はありません。',
} satisfies AttendeeSlipText;
