// The notice to an account's owner after staff changed it, in Vietnamese.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'Tình trạng ngừng sử dụng (利用中止) đã được gỡ bỏ. Bạn có thể đăng nhập lại.',
  accident_set: 'Tài khoản đã bị ghi nhận sự cố (事故登録), nên hiện không thể đăng nhập bằng tài khoản này.',
  accident_cleared: 'Ghi nhận sự cố (事故登録) đã được gỡ bỏ. Bạn có thể đăng nhập lại.',
  blockade_released: 'Lệnh khóa do nhập sai mã PIN xác nhận quá số lần cho phép (累積封鎖) đã được gỡ bỏ.',
  pins_reset: 'Mã PIN (暗証番号) đã được đặt lại. Lần đăng nhập tới, bạn sẽ tự đặt mã PIN mới.',
  password_reset: 'Mật khẩu đã được đưa về mật khẩu ban đầu (4 chữ số tháng và ngày sinh). Lần đăng nhập tới, bạn sẽ đặt mật khẩu mới.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'Trạng thái tài khoản đã được thay đổi',
    body: [
      `Cảm ơn bạn đã sử dụng ${systemName}.`,
      '',
      `Nhân viên đã thực hiện thay đổi sau đối với tài khoản bạn đang dùng (${loginId}).`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'Nếu bạn không biết về thay đổi này, vui lòng liên hệ quầy.',
      'Email này được gửi từ địa chỉ chỉ dùng để gửi. Chúng tôi không thể trả lời nếu bạn gửi thư phản hồi.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
