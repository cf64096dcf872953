// The city-hall mails in Indonesian, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : ` (jadwal ke-${item.dose})`;
      return `- ${inLocale(item.title, 'id')}${dose}\n  Tempat: ${inLocale(item.venue, 'id')}\n  Tanggal dan waktu: ${formatDateTime(item.startsAt, 'id')} (waktu Jepang)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■ Cara masuk (login)',
  'Di terminal yang tersedia di Balai Kota dan tempat lain, pilih “Reservasi Balai Kota (市役所)”, lalu “Masuk”.',
  'Jika baru pertama kali, tekan “Minta kata sandi sekali pakai” di layar login, lalu masukkan kode pengguna (利用者キー)',
  'dan alamat email ini untuk menerima kata sandi sekali pakai (ワンタイムパスワード).',
].join('\n');

const NOT_YOU = 'Jika Anda tidak mengenali email ini, mohon hapus saja.';

export default {
  reservation: (p, { systemName }) => ({
    subject: 'Reservasi Anda telah diterima',
    body: [
      `Yth. ${p.name},`,
      '',
      `Terima kasih telah menggunakan ${systemName}.`,
      'Kami telah menerima reservasi Anda dengan rincian berikut.',
      '',
      '■ Rincian reservasi',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', 'Informasi tentang reservasi ini', inLocale(p.note, 'id')] : []),
      '',
      ...(p.userKey
        ? [
            '■ Kode pengguna (利用者キー)',
            `Kode pengguna: ${p.userKey}`,
            'Kode pengguna ini dipakai untuk masuk saat memeriksa atau membatalkan reservasi, atau mengubah data Anda.',
            'Simpanlah email ini baik-baik.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'Kata sandi sekali pakai Anda',
    body: [
      `Yth. ${p.name},`,
      '',
      `Terima kasih telah menggunakan ${systemName}.`,
      'Berikut kata sandi sekali pakai (ワンタイムパスワード) untuk masuk.',
      '',
      '■ Kata sandi sekali pakai',
      `Kata sandi sekali pakai: ${p.otp}`,
      `Berlaku sampai: ${formatDateTime(p.expiresAt, 'id')} (waktu Jepang; ${p.validMinutes} menit sejak diterbitkan)`,
      '',
      `Kata sandi ini hanya dapat dipakai untuk 1 kali masuk. Setelah lewat ${p.validMinutes} menit,`,
      'atau jika ingin masuk lagi, silakan minta kata sandi sekali pakai yang baru.',
      'Jika Anda meminta yang baru, kata sandi sekali pakai sebelumnya tidak dapat dipakai lagi.',
      '',
      '■ Tempat masuk',
      'Di terminal yang tersedia di Balai Kota dan tempat lain, pilih “Reservasi Balai Kota (市役所)” → “Masuk”,',
      'lalu masukkan kode pengguna (利用者キー) dan kata sandi sekali pakai ini.',
      'Kode pengguna telah dikirim melalui email saat reservasi pertama Anda atau saat Anda meminta pengiriman ulang.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: 'Kode pengguna Anda',
    body: [
      `Terima kasih telah menggunakan ${systemName}.`,
      'Sesuai permintaan pengiriman ulang kode pengguna (利用者キー), berikut kode pengguna yang terdaftar dengan alamat email ini.',
      '',
      '■ Kode pengguna',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'Untuk masuk, selain kode pengguna, Anda juga memerlukan kata sandi sekali pakai (ワンタイムパスワード).',
      'Silakan minta melalui “Minta kata sandi sekali pakai” di layar login.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'Data pengguna Anda telah diubah',
    body: [
      `Yth. ${p.name},`,
      '',
      `Terima kasih telah menggunakan ${systemName}.`,
      'Kami telah menerima perubahan data pengguna Anda (nama, nomor telepon, alamat email, alamat).',
      'Mulai sekarang, pemberitahuan akan kami kirim ke alamat email ini.',
      '',
      'Jika Anda tidak melakukan perubahan ini, silakan hubungi loket Balai Kota (市役所).',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: 'Alamat email terdaftar Anda telah diubah',
    body: [
      `Yth. ${p.name},`,
      '',
      `Dalam data pengguna ${systemName}, alamat email terdaftar Anda telah diubah dari alamat ini ke alamat lain.`,
      'Mulai sekarang, pemberitahuan tidak akan dikirim lagi ke alamat ini.',
      '',
      'Jika Anda tidak melakukan perubahan ini, silakan hubungi loket Balai Kota (市役所).',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: 'Reservasi Anda telah dibatalkan',
    body: [
      `Yth. ${p.name},`,
      '',
      `Terima kasih telah menggunakan ${systemName}.`,
      'Kami telah menerima pembatalan reservasi berikut.',
      '',
      '■ Reservasi yang dibatalkan',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: 'Pemberitahuan: reservasi Anda dibatalkan oleh pemerintah kota',
    body: [
      `Yth. ${p.name},`,
      '',
      `Terima kasih telah menggunakan ${systemName}.`,
      'Mohon maaf, karena alasan dari pemerintah kota, penerimaan untuk tanggal dan waktu berikut telah dihentikan.',
      'Karena itu, reservasi Anda berikut ini telah kami batalkan.',
      '',
      '■ Reservasi yang dibatalkan',
      reservationLines(p.items),
      '',
      'Mohon buat reservasi untuk tanggal dan waktu lain di terminal, atau tanyakan di loket Balai Kota (市役所).',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
