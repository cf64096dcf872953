// The notice to an account's owner after staff changed it, in Indonesian.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'Penghentian penggunaan (利用中止) telah dicabut. Anda dapat masuk kembali.',
  accident_set: 'Akun ini telah dicatat bermasalah (事故登録), sehingga saat ini tidak dapat dipakai untuk masuk.',
  accident_cleared: 'Catatan bermasalah (事故登録) telah dicabut. Anda dapat masuk kembali.',
  blockade_released: 'Pemblokiran karena PIN konfirmasi berulang kali salah (累積封鎖) telah dicabut.',
  pins_reset: 'PIN (暗証番号) Anda telah diatur ulang. Saat masuk berikutnya, Anda akan diminta membuat PIN baru sendiri.',
  password_reset: 'Kata sandi Anda telah dikembalikan ke kata sandi awal (4 angka bulan dan tanggal lahir). Saat masuk berikutnya, Anda akan diminta membuat kata sandi baru.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'Status akun Anda telah berubah',
    body: [
      `Terima kasih telah menggunakan ${systemName}.`,
      '',
      `Petugas telah melakukan perubahan berikut pada akun yang Anda gunakan (${loginId}).`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'Jika Anda tidak mengenali perubahan ini, silakan tanyakan di loket.',
      'Email ini dikirim dari alamat khusus pengiriman. Balasan ke alamat ini tidak dapat kami jawab.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
