// The slips in Simplified Chinese, translated from ja.ts in the words of the Chinese screens and
// mails (用户密钥（利用者キー）, 一次性密码（ワンタイムパスワード）, 借书证（図書館カード）).
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.zh.htmlLang,
  dateTime: (epochMs) => formatDateTime(epochMs, 'zh'),
  date: (epochMs) => formatDate(epochMs, 'zh'),
  issuedAt: '打印时间：',
  reservation: {
    heading: '预约凭条',
    number: '预约编号',
    event: '活动',
    venue: '会场',
    when: '日期和时间',
    dose: (n) => `（第${n}次）`,
    guidance: '须知・携带物品',
    cancelHeading: '取消预约',
    cancelRoute: '请在自助终端机上选择“市政府（市役所）预约”，用用户密钥（利用者キー）和一次性密码（ワンタイムパスワード）登录，在“预约列表”中按“取消”即可取消。',
    cancelUntil: (when) => `可取消至 ${when}。`,
    cancelClosed: '此预约无法在终端机上取消。请到市政府窗口办理。',
    cancelKey: '用户密钥已在预约受理邮件中通知。没有邮件的人，请到市政府窗口询问。',
    noSecrets: '此凭条上没有打印用户密钥（利用者キー）或密码。',
  },
  library: {
    heading: '借阅・预约凭条',
    patron: (name) => `姓名：${name}`,
    loansHeading: '借阅中的资料',
    noLoans: '没有借阅中的资料。',
    due: (date) => `归还期限 ${date}`,
    holdsHeading: '预约的资料',
    noHolds: '没有预约的资料。',
    pickup: (branch) => `取书馆：${branch}`,
    ready: (until) => (until ? `已准备好（请在${until}前领取）` : '已准备好'),
    waiting: (position) => (position === null ? '排队中' : `排队中（第${position}位）`),
  },
  patron: {
    heading: '借书证（図書館カード）登记表',
    cardNumber: '借书证号码',
    name: '姓名',
    kana: '姓名片假名（フリガナ）',
    branch: '取书馆',
    registeredOn: '登记日期',
    passwordHeading: '第一次登录时',
    password: '密码是生日的月和日，共4位数字（例如8月8日出生的人为 0808）。',
    passwordChange: '登录后请立即设置新密码。新密码须为8个字符以上，且不能包含出生日期或借书证号码。',
    keep: '请妥善保管此登记表。借书证丢失时，请立即告知图书馆柜台。',
  },
} satisfies ResidentSlipText;
