// The library mails in Vietnamese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※ Email này được gửi từ địa chỉ chỉ dùng để gửi. Bạn không thể trả lời email này.',
  '※ Nếu bạn nhận được email này mà không rõ lý do, vui lòng liên hệ thư viện.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'Máy tính', mobile: 'Di động' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'không có';
}

const CONTACT = { none: 'Không cần', mail: 'Email', phone: 'Điện thoại' } as const;
const PHONE = { mobile: 'Điện thoại di động', home: 'Nhà riêng', work: 'Nơi làm việc' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'Đã nhận yêu cầu thay đổi thông tin người dùng',
      body: [
        `Kính gửi ${p.name},`,
        '',
        'Chúng tôi đã nhận yêu cầu thay đổi thông tin người dùng thư viện của bạn với nội dung như sau.',
        '',
        `Mật khẩu: ${p.passwordChanged ? 'đã thay đổi' : 'không thay đổi'}`,
        `Email 1: ${s.email1 ?? '(không có)'} [${KIND[s.email1Kind]}]`,
        `Email 2: ${s.email2 ?? '(không có)'} [${KIND[s.email2Kind]}]`,
        `Email xác nhận đặt trước: ${s.registrationMail ? 'gửi' : 'dừng'} (nơi nhận: ${destinations(s.registrationTo)})`,
        `Email về đặt trước: chọn riêng cho từng lượt đặt trước (nơi nhận: ${destinations(s.holdTo)})`,
        `SDI: chọn riêng trong Cài đặt SDI (nơi nhận: ${destinations(s.sdiTo)})`,
        `Nhắc hạn trả: ${s.dueNotice ? `gửi, trước hạn trả ${s.dueNoticeDays} ngày` : 'dừng'} (nơi nhận: ${destinations(s.dueNoticeTo)})`,
        `Thư viện nhận sách: ${inLocale(p.pickupBranch, 'vi')}`,
        `Cách liên lạc về đặt trước: ${CONTACT[s.holdContact]}`,
        `Số điện thoại liên lạc: ${PHONE[s.phoneContact]}`,
        `Lịch sử mượn: ${s.keepHistory ? 'lưu' : 'không lưu'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `Nhắc hạn trả tài liệu (${localDateText(p.dueDate, 'vi')})`,
    body: [
      `Kính gửi ${p.name},`,
      '',
      'Tài liệu bạn đang mượn dưới đây sắp đến hạn trả.',
      '',
      itemLine(p.item),
      `  Hạn trả: ${localDateText(p.dueDate, 'vi')}`,
      `  Thư viện cho mượn: ${inLocale(p.branch, 'vi')}`,
      '',
      'Bạn có thể trả tại quầy hoặc hộp trả sách của bất kỳ thư viện nào.',
      'Nếu không có người khác đặt trước, bạn có thể gia hạn một lần trong “Thư viện của tôi”.',
      'Nếu bạn đã trả rồi, xin vui lòng bỏ qua email này.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'Đã đăng ký đặt trước tài liệu',
    body: [
      `Kính gửi ${p.name},`,
      '',
      'Chúng tôi đã đăng ký đặt trước các tài liệu dưới đây.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `Thư viện nhận sách: ${inLocale(p.pickupBranch, 'vi')}`,
      'Khi tài liệu sẵn sàng, chúng tôi sẽ báo cho bạn theo cách liên lạc về đặt trước mà bạn đã chọn.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'Tài liệu đặt trước đã sẵn sàng',
    body: [
      `Kính gửi ${p.name},`,
      '',
      'Tài liệu bạn đặt trước đã sẵn sàng. Vui lòng mang theo thẻ thư viện (図書館カード) và đến nhận tại thư viện nhận sách.',
      '',
      itemLine(p.item),
      `  Thư viện nhận sách: ${inLocale(p.pickupBranch, 'vi')}`,
      `  Giữ cho bạn đến: ${localDateText(p.pickupUntil, 'vi')}`,
      '',
      'Quá thời hạn này, lượt đặt trước sẽ bị hủy và tài liệu sẽ được chuyển cho người tiếp theo.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'Đã hủy đặt trước tài liệu',
    body: [
      `Kính gửi ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'Theo yêu cầu của bạn, chúng tôi đã hủy đặt trước tài liệu dưới đây.'
        : p.reason === 'expired'
          ? `Vì bạn không đến nhận tài liệu trong thời hạn giữ sách${p.pickupUntil ? ` (đến ${localDateText(p.pickupUntil, 'vi')})` : ''}, chúng tôi đã hủy đặt trước tài liệu dưới đây.`
          : 'Rất tiếc, vì lý do của thư viện, lượt đặt trước tài liệu dưới đây đã bị hủy.',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['Chúng tôi xin lỗi vì sự bất tiện này. Để biết chi tiết, vui lòng liên hệ thư viện.', ''] : []),
      ...(p.reason === 'expired' ? ['Tài liệu đã được chuyển cho người đang chờ tiếp theo. Nếu vẫn muốn mượn, vui lòng đặt trước lại.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'Thông báo tài liệu mới (SDI)',
    body: [
      `Kính gửi ${p.name},`,
      '',
      'Thư viện có tài liệu mới phù hợp với từ khóa và tác giả bạn đã đăng ký trong SDI.',
      '',
      ...p.matches.flatMap((m) => [
        `■ “${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'Để đặt trước, hãy tìm tài liệu ở “Tìm tài liệu” trong “Thư viện của tôi” rồi thêm vào giỏ đặt trước.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
