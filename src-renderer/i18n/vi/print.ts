// Vietnamese for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: 'In phiếu xác nhận',
    patronSlip: 'In phiếu đăng ký',
    attendees: 'In danh sách người tham gia (A4)',
    printed: 'Đã in xong. Vui lòng lấy phiếu ở máy in.',
    saved: 'Đã lưu phiếu thành tệp ({file}).',
    failed: {
      offline: 'Máy in không phản hồi nên không in được. Thủ tục của bạn đã hoàn tất. Vui lòng báo cho nhân viên.',
      out_of_paper: 'Máy in hết giấy nên không in được. Thủ tục của bạn đã hoàn tất. Vui lòng báo cho nhân viên.',
      cancelled: 'Đã hủy lệnh in. Thủ tục của bạn đã hoàn tất.',
      invalid_settings: 'Cài đặt máy in bị sai nên không in được. Thủ tục của bạn đã hoàn tất. Vui lòng báo cho nhân viên.',
      failed: 'Không in được. Thủ tục của bạn đã hoàn tất. Vui lòng báo cho nhân viên.',
      not_configured: 'Máy này không in được. Thủ tục của bạn đã hoàn tất.',
    },
  },
} satisfies typeof ja;
