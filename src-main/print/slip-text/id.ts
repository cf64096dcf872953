// The slips in Indonesian, translated from ja.ts in the words of the Indonesian screens and mails
// (kode pengguna (利用者キー), kata sandi sekali pakai (ワンタイムパスワード), kartu perpustakaan
// (図書館カード)). Times say they are Japan time, as the Indonesian mails do.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.id.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'id')} (waktu Jepang)`,
  date: (epochMs) => formatDate(epochMs, 'id'),
  issuedAt: 'Dicetak:',
  reservation: {
    heading: 'Bukti reservasi',
    number: 'Nomor reservasi',
    event: 'Acara',
    venue: 'Tempat',
    when: 'Tanggal dan waktu',
    dose: (n) => ` (jadwal ke-${n})`,
    guidance: 'Informasi dan barang yang dibawa',
    cancelHeading: 'Pembatalan',
    cancelRoute:
      'Di terminal, pilih “Reservasi Balai Kota (市役所)”, masuk dengan kode pengguna (利用者キー) dan kata sandi sekali pakai (ワンタイムパスワード), lalu tekan “Batalkan” di “Daftar reservasi”.',
    cancelUntil: (when) => `Pembatalan bisa dilakukan sampai ${when}.`,
    cancelClosed: 'Reservasi ini tidak bisa dibatalkan di terminal. Silakan datang ke loket Balai Kota.',
    cancelKey: 'Kode pengguna dikirim dalam email reservasi. Jika tidak punya email, silakan tanyakan di loket Balai Kota.',
    noSecrets: 'Kode pengguna (利用者キー) dan kata sandi tidak dicetak di bukti ini.',
  },
  library: {
    heading: 'Pinjaman dan pesanan buku',
    patron: (name) => `Nama: ${name}`,
    loansHeading: 'Buku yang dipinjam',
    noLoans: 'Anda tidak meminjam buku.',
    due: (date) => `Batas pengembalian ${date}`,
    holdsHeading: 'Buku yang dipesan',
    noHolds: 'Anda tidak memesan buku.',
    pickup: (branch) => `Ambil di: ${branch}`,
    ready: (until) => (until ? `Sudah tersedia (silakan ambil paling lambat ${until})` : 'Sudah tersedia'),
    waiting: (position) => (position === null ? 'Menunggu' : `Menunggu (urutan ke-${position})`),
  },
  patron: {
    heading: 'Formulir pendaftaran kartu perpustakaan (図書館カード)',
    cardNumber: 'Nomor kartu perpustakaan',
    name: 'Nama',
    kana: 'Nama dalam katakana (フリガナ)',
    branch: 'Perpustakaan pengambilan',
    registeredOn: 'Tanggal pendaftaran',
    passwordHeading: 'Saat pertama kali masuk',
    password: 'Kata sandinya adalah 4 angka bulan dan tanggal lahir Anda (misalnya 0808 jika lahir 8 Agustus).',
    passwordChange: 'Setelah masuk, segera buat kata sandi baru: minimal 8 karakter, tanpa tanggal lahir atau nomor kartu.',
    keep: 'Simpan formulir ini baik-baik. Jika kartu hilang, segera beri tahu loket perpustakaan.',
  },
} satisfies ResidentSlipText;
