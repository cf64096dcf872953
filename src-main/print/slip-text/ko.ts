// The slips in Korean, translated from ja.ts in the words of the Korean screens and mails (이용자
// 키(利用者キー), 일회용 비밀번호(ワンタイムパスワード), 도서관 카드(図書館カード)).
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.ko.htmlLang,
  dateTime: (epochMs) => formatDateTime(epochMs, 'ko'),
  date: (epochMs) => formatDate(epochMs, 'ko'),
  issuedAt: '발행:',
  reservation: {
    heading: '예약 확인증',
    number: '예약 번호',
    event: '행사',
    venue: '장소',
    when: '날짜와 시간',
    dose: (n) => ` (${n}회차)`,
    guidance: '안내・준비물',
    cancelHeading: '예약 취소',
    cancelRoute: '키오스크에서 ‘시청(市役所) 예약’을 선택하고 이용자 키(利用者キー)와 일회용 비밀번호(ワンタイムパスワード)로 로그인한 뒤, ‘예약 목록’의 ‘취소’로 취소할 수 있습니다.',
    cancelUntil: (when) => `${when}까지 취소할 수 있습니다.`,
    cancelClosed: '이 예약은 키오스크에서 취소할 수 없습니다. 시청 창구에 말씀해 주세요.',
    cancelKey: '이용자 키는 예약 접수 메일로 알려 드렸습니다. 메일이 없는 분은 시청 창구에 문의해 주세요.',
    noSecrets: '이 확인증에는 이용자 키(利用者キー)나 비밀번호를 인쇄하지 않았습니다.',
  },
  library: {
    heading: '대출・예약 확인증',
    patron: (name) => `이름: ${name}`,
    loansHeading: '대출 중인 자료',
    noLoans: '빌리고 있는 자료가 없습니다.',
    due: (date) => `반납 기한 ${date}`,
    holdsHeading: '예약한 자료',
    noHolds: '예약한 자료가 없습니다.',
    pickup: (branch) => `수령 도서관: ${branch}`,
    ready: (until) => (until ? `준비되었습니다(${until}까지 찾아가 주세요)` : '준비되었습니다'),
    waiting: (position) => (position === null ? '대기 중' : `대기 중(${position}번째)`),
  },
  patron: {
    heading: '도서관 카드(図書館カード) 등록증',
    cardNumber: '도서관 카드 번호',
    name: '이름',
    kana: '이름(가타카나)',
    branch: '수령 도서관',
    registeredOn: '등록일',
    passwordHeading: '처음 로그인할 때',
    password: '비밀번호는 생일의 월과 일 4자리입니다(예: 8월 8일생이면 0808).',
    passwordChange: '로그인하면 바로 새 비밀번호를 등록해 주세요. 새 비밀번호는 8자 이상이며, 생년월일이나 카드 번호를 넣으면 안 됩니다.',
    keep: '이 등록증은 소중히 보관해 주세요. 카드를 잃어버렸을 때는 바로 도서관 카운터에 알려 주세요.',
  },
} satisfies ResidentSlipText;
