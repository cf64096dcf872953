// The library mails in Indonesian, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※ Email ini dikirim dari alamat khusus pengiriman, sehingga tidak dapat dibalas.',
  '※ Jika Anda tidak mengenali email ini, mohon hubungi perpustakaan.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'Komputer', mobile: 'Ponsel' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'tidak ada';
}

const CONTACT = { none: 'Tidak perlu', mail: 'Email', phone: 'Telepon' } as const;
const PHONE = { mobile: 'Ponsel', home: 'Rumah', work: 'Tempat kerja' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'Permohonan perubahan data pengguna telah diterima',
      body: [
        `Yth. ${p.name},`,
        '',
        'Kami telah menerima permohonan perubahan data pengguna perpustakaan Anda sebagai berikut.',
        '',
        `Kata sandi: ${p.passwordChanged ? 'diubah' : 'tidak diubah'}`,
        `Email 1: ${s.email1 ?? '(tidak ada)'} [${KIND[s.email1Kind]}]`,
        `Email 2: ${s.email2 ?? '(tidak ada)'} [${KIND[s.email2Kind]}]`,
        `Email pesanan diterima: ${s.registrationMail ? 'dikirim' : 'dihentikan'} (tujuan: ${destinations(s.registrationTo)})`,
        `Email terkait pesanan: dipilih untuk setiap pesanan (tujuan: ${destinations(s.holdTo)})`,
        `SDI: dipilih di Pengaturan SDI (tujuan: ${destinations(s.sdiTo)})`,
        `Pengingat batas pengembalian: ${s.dueNotice ? `dikirim, ${s.dueNoticeDays} hari sebelum batas pengembalian` : 'dihentikan'} (tujuan: ${destinations(s.dueNoticeTo)})`,
        `Perpustakaan pengambilan: ${inLocale(p.pickupBranch, 'id')}`,
        `Cara pemberitahuan pesanan: ${CONTACT[s.holdContact]}`,
        `Nomor telepon yang dihubungi: ${PHONE[s.phoneContact]}`,
        `Riwayat pinjaman: ${s.keepHistory ? 'disimpan' : 'tidak disimpan'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `Pengingat batas pengembalian (${localDateText(p.dueDate, 'id')})`,
    body: [
      `Yth. ${p.name},`,
      '',
      'Batas pengembalian buku yang Anda pinjam berikut ini sudah dekat.',
      '',
      itemLine(p.item),
      `  Batas pengembalian: ${localDateText(p.dueDate, 'id')}`,
      `  Dipinjam di: ${inLocale(p.branch, 'id')}`,
      '',
      'Buku dapat dikembalikan di loket atau kotak pengembalian buku di perpustakaan mana pun.',
      'Jika tidak ada orang lain yang memesannya, Anda dapat memperpanjangnya satu kali melalui Perpustakaan Saya.',
      'Jika Anda sudah mengembalikannya, mohon abaikan email ini.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'Pesanan buku Anda telah didaftarkan',
    body: [
      `Yth. ${p.name},`,
      '',
      'Kami telah mendaftarkan pesanan untuk buku berikut.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `Perpustakaan pengambilan: ${inLocale(p.pickupBranch, 'id')}`,
      'Jika buku sudah tersedia, kami akan memberi tahu Anda sesuai cara pemberitahuan pesanan yang Anda pilih.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'Buku pesanan Anda sudah tersedia',
    body: [
      `Yth. ${p.name},`,
      '',
      'Buku yang Anda pesan sudah tersedia. Silakan ambil di perpustakaan pengambilan dengan membawa kartu perpustakaan (図書館カード).',
      '',
      itemLine(p.item),
      `  Perpustakaan pengambilan: ${inLocale(p.pickupBranch, 'id')}`,
      `  Disimpan sampai: ${localDateText(p.pickupUntil, 'id')}`,
      '',
      'Setelah lewat tanggal tersebut, pesanan akan dibatalkan dan buku diberikan kepada orang berikutnya.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'Pesanan Anda telah dibatalkan',
    body: [
      `Yth. ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'Sesuai permintaan Anda, pesanan buku berikut telah kami batalkan.'
        : p.reason === 'expired'
          ? `Buku belum diambil dalam masa penyimpanan${p.pickupUntil ? ` (sampai ${localDateText(p.pickupUntil, 'id')})` : ''}, sehingga pesanan buku berikut telah kami batalkan.`
          : 'Mohon maaf, karena alasan dari perpustakaan, pesanan buku berikut dibatalkan.',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['Mohon maaf atas ketidaknyamanannya. Untuk keterangan lebih lanjut, silakan tanyakan ke perpustakaan.', ''] : []),
      ...(p.reason === 'expired' ? ['Buku telah diberikan kepada orang berikutnya yang menunggu. Jika masih menginginkannya, silakan pesan lagi.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'Pemberitahuan buku baru (SDI)',
    body: [
      `Yth. ${p.name},`,
      '',
      'Ada buku baru yang sesuai dengan kata kunci dan pengarang yang Anda daftarkan di SDI.',
      '',
      ...p.matches.flatMap((m) => [
        `■ “${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'Untuk memesan, cari buku di “Cari buku” pada Perpustakaan Saya, lalu masukkan ke keranjang pesanan.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
