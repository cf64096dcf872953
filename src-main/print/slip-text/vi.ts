// The slips in Vietnamese, translated from ja.ts in the words of the Vietnamese screens and mails
// (mã người dùng (利用者キー), mật khẩu một lần (ワンタイムパスワード), thẻ thư viện (図書館カード)).
// Times say they are Japan time, as the Vietnamese mails do.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.vi.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'vi')} (giờ Nhật Bản)`,
  date: (epochMs) => formatDate(epochMs, 'vi'),
  issuedAt: 'Ngày in:',
  reservation: {
    heading: 'Phiếu xác nhận lịch hẹn',
    number: 'Số lịch hẹn',
    event: 'Sự kiện',
    venue: 'Địa điểm',
    when: 'Ngày giờ',
    dose: (n) => ` (lần ${n})`,
    guidance: 'Hướng dẫn và đồ cần mang',
    cancelHeading: 'Hủy lịch hẹn',
    cancelRoute:
      'Tại máy kiosk, chọn “Đặt lịch tại Tòa thị chính (市役所)”, đăng nhập bằng mã người dùng (利用者キー) và mật khẩu một lần (ワンタイムパスワード), rồi nhấn “Hủy” trong “Danh sách lịch hẹn”.',
    cancelUntil: (when) => `Bạn có thể hủy đến ${when}.`,
    cancelClosed: 'Không thể hủy lịch hẹn này tại máy kiosk. Vui lòng liên hệ quầy tại Tòa thị chính.',
    cancelKey: 'Mã người dùng đã được gửi trong email xác nhận lịch hẹn. Nếu không có email, vui lòng hỏi tại quầy Tòa thị chính.',
    noSecrets: 'Phiếu này không in mã người dùng (利用者キー) hay mật khẩu.',
  },
  library: {
    heading: 'Phiếu mượn và đặt trước',
    patron: (name) => `Họ tên: ${name}`,
    loansHeading: 'Tài liệu đang mượn',
    noLoans: 'Bạn không mượn tài liệu nào.',
    due: (date) => `Hạn trả ${date}`,
    holdsHeading: 'Tài liệu đã đặt trước',
    noHolds: 'Bạn không đặt trước tài liệu nào.',
    pickup: (branch) => `Thư viện nhận sách: ${branch}`,
    ready: (until) => (until ? `Đã sẵn sàng (vui lòng nhận chậm nhất vào ${until})` : 'Đã sẵn sàng'),
    waiting: (position) => (position === null ? 'Đang chờ' : `Đang chờ (thứ ${position})`),
  },
  patron: {
    heading: 'Phiếu đăng ký thẻ thư viện (図書館カード)',
    cardNumber: 'Số thẻ thư viện',
    name: 'Họ tên',
    kana: 'Họ tên viết bằng katakana (フリガナ)',
    branch: 'Thư viện nhận sách',
    registeredOn: 'Ngày đăng ký',
    passwordHeading: 'Khi đăng nhập lần đầu',
    password: 'Mật khẩu là 4 chữ số tháng và ngày sinh của bạn (ví dụ: sinh ngày 8 tháng 8 thì là 0808).',
    passwordChange: 'Ngay sau khi đăng nhập, vui lòng đặt mật khẩu mới: ít nhất 8 ký tự, không chứa ngày sinh hay số thẻ.',
    keep: 'Vui lòng giữ phiếu này cẩn thận. Nếu mất thẻ, hãy báo ngay cho quầy thư viện.',
  },
} satisfies ResidentSlipText;
