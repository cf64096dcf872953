// The identity mails (seed 004) in Vietnamese, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Đã hoàn tất đăng ký mới bằng ${providerName}`,
    body: `Kính gửi ${name},

Bạn đã hoàn tất đăng ký người dùng trên ${systemName} nhờ xác minh danh tính bằng ${providerName}.
Mã người dùng (利用者キー) của bạn như sau. Vui lòng giữ cẩn thận.

  Mã người dùng: ${userKey}

Từ lần sau, bạn chỉ cần chọn “Đăng nhập bằng ${providerName}” trên máy kiosk và quét mã QR
bằng ứng dụng ${providerName} trên điện thoại là có thể đăng nhập.

Khi đăng ký bằng ${providerName}, bạn chưa đặt mật khẩu. Nếu muốn đăng nhập bằng địa chỉ email
và mật khẩu, trước tiên hãy vào “Đặt lại mật khẩu” và dùng mã đặt lại được gửi đến địa chỉ email
này để đặt mật khẩu.

Nếu bạn nhận được email này mà không rõ lý do, vui lòng liên hệ quầy.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `Đã liên kết với ${providerName}`,
    body: `Kính gửi ${name},

Tài khoản có mã người dùng (利用者キー) ${userKey} đã được liên kết với ${providerName} vào ${formatDateTime(at, 'vi')} (giờ Nhật Bản).
Từ nay, bạn cũng có thể đăng nhập bằng nút “Đăng nhập bằng ${providerName}”.

Nếu bạn không thực hiện thao tác này, vui lòng liên hệ ngay với quầy.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Mã đặt lại mật khẩu',
    body: `Chúng tôi đã nhận yêu cầu đặt lại mật khẩu của bạn.
Trên màn hình “Đặt lại mật khẩu” của máy kiosk, vui lòng nhập mã đặt lại dưới đây và mật khẩu mới.

  Mã đặt lại: ${code}

Mã này có hiệu lực trong ${validMinutes} phút (đến ${formatDateTime(expiresAt, 'vi')}, giờ Nhật Bản) và chỉ dùng được một lần.
Nếu bạn yêu cầu mã mới, mã này sẽ không dùng được nữa.

Nếu bạn không yêu cầu, vui lòng xóa email này. Mật khẩu của bạn sẽ không thay đổi.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'Đã đặt lại mật khẩu',
    body: `Kính gửi ${name},

Mật khẩu để đăng nhập bằng địa chỉ email này đã được đặt lại vào ${formatDateTime(at, 'vi')} (giờ Nhật Bản).
Từ nay, bạn có thể đăng nhập bằng địa chỉ email và mật khẩu mới.

Nếu bạn không thực hiện thao tác này, vui lòng liên hệ ngay với quầy.
`,
  }),
} satisfies IdentityMailText;
