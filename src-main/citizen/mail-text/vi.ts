// The city-hall mails in Vietnamese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : ` (lần ${item.dose})`;
      return `- ${inLocale(item.title, 'vi')}${dose}\n  Địa điểm: ${inLocale(item.venue, 'vi')}\n  Ngày giờ: ${formatDateTime(item.startsAt, 'vi')} (giờ Nhật Bản)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■ Cách đăng nhập',
  'Tại máy kiosk đặt ở Tòa thị chính và các nơi khác, chọn “Đặt lịch tại Tòa thị chính (市役所)”, rồi chọn “Đăng nhập”.',
  'Nếu là lần đầu, hãy nhấn “Cấp mật khẩu một lần” trên màn hình đăng nhập, nhập mã người dùng (利用者キー)',
  'và địa chỉ email này để nhận mật khẩu một lần (ワンタイムパスワード).',
].join('\n');

const NOT_YOU = 'Nếu bạn nhận được email này mà không rõ lý do, vui lòng xóa email này.';

export default {
  reservation: (p, { systemName }) => ({
    subject: 'Đã nhận lịch hẹn của bạn',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Chúng tôi đã nhận lịch hẹn của bạn với nội dung như sau.',
      '',
      '■ Nội dung lịch hẹn',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', 'Thông tin về lịch hẹn', inLocale(p.note, 'vi')] : []),
      '',
      ...(p.userKey
        ? [
            '■ Mã người dùng (利用者キー)',
            `Mã người dùng: ${p.userKey}`,
            'Bạn cần đăng nhập bằng mã người dùng này để xem, hủy lịch hẹn hoặc thay đổi thông tin đăng ký.',
            'Vui lòng giữ email này cẩn thận.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'Thông báo mật khẩu một lần',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Chúng tôi gửi bạn mật khẩu một lần (ワンタイムパスワード) để đăng nhập.',
      '',
      '■ Mật khẩu một lần',
      `Mật khẩu một lần: ${p.otp}`,
      `Hiệu lực đến: ${formatDateTime(p.expiresAt, 'vi')} (giờ Nhật Bản; ${p.validMinutes} phút kể từ khi cấp)`,
      '',
      `Mật khẩu này chỉ dùng được cho 1 lần đăng nhập. Khi đã quá ${p.validMinutes} phút,`,
      'hoặc khi muốn đăng nhập lần nữa, vui lòng yêu cầu cấp mật khẩu một lần mới.',
      'Khi cấp mật khẩu mới, các mật khẩu một lần đã cấp trước đó sẽ không dùng được nữa.',
      '',
      '■ Nơi đăng nhập',
      'Tại máy kiosk đặt ở Tòa thị chính và các nơi khác, chọn “Đặt lịch tại Tòa thị chính (市役所)” → “Đăng nhập”,',
      'rồi nhập mã người dùng (利用者キー) và mật khẩu một lần này.',
      'Mã người dùng đã được gửi qua email khi bạn đặt lịch lần đầu hoặc khi bạn yêu cầu cấp lại.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: 'Thông báo mã người dùng',
    body: [
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Theo yêu cầu cấp lại mã người dùng (利用者キー), chúng tôi xin thông báo các mã người dùng đã đăng ký với địa chỉ email này.',
      '',
      '■ Mã người dùng',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'Để đăng nhập, ngoài mã người dùng, bạn còn cần mật khẩu một lần (ワンタイムパスワード).',
      'Vui lòng nhận mật khẩu ở mục “Cấp mật khẩu một lần” trên màn hình đăng nhập.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'Đã thay đổi thông tin người dùng',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Chúng tôi đã nhận yêu cầu thay đổi thông tin người dùng (họ tên, số điện thoại, địa chỉ email, địa chỉ).',
      'Từ nay, chúng tôi sẽ gửi thông báo đến địa chỉ email này.',
      '',
      'Nếu bạn không thực hiện thay đổi này, vui lòng liên hệ quầy tại Tòa thị chính (市役所).',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: 'Địa chỉ email đăng ký đã được thay đổi',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Trong thông tin người dùng của ${systemName}, địa chỉ email đăng ký đã được đổi từ địa chỉ này sang một địa chỉ khác.`,
      'Từ nay, địa chỉ này sẽ không nhận được thông báo của chúng tôi nữa.',
      '',
      'Nếu bạn không thực hiện thay đổi này, vui lòng liên hệ quầy tại Tòa thị chính (市役所).',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: 'Đã hủy lịch hẹn',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Chúng tôi đã nhận yêu cầu hủy lịch hẹn dưới đây.',
      '',
      '■ Lịch hẹn đã hủy',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: 'Thông báo: thành phố đã hủy lịch hẹn của bạn',
    body: [
      `Kính gửi ${p.name},`,
      '',
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      'Chúng tôi thành thật xin lỗi. Vì lý do của thành phố, việc tiếp nhận vào ngày giờ dưới đây đã bị dừng.',
      'Vì vậy, lịch hẹn dưới đây của bạn đã bị hủy.',
      '',
      '■ Lịch hẹn bị hủy',
      reservationLines(p.items),
      '',
      'Mong bạn thông cảm và đặt lịch vào ngày giờ khác tại máy kiosk, hoặc liên hệ quầy tại Tòa thị chính (市役所).',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
