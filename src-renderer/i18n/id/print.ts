// Indonesian for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: 'Cetak bukti',
    patronSlip: 'Cetak formulir pendaftaran',
    attendees: 'Cetak daftar peserta (A4)',
    printed: 'Sudah dicetak. Silakan ambil dari printer.',
    saved: 'Bukti disimpan sebagai file ({file}).',
    failed: {
      offline: 'Printer tidak merespons, jadi tidak bisa mencetak. Prosedur Anda sudah selesai. Silakan beri tahu petugas.',
      out_of_paper: 'Kertas printer habis, jadi tidak bisa mencetak. Prosedur Anda sudah selesai. Silakan beri tahu petugas.',
      cancelled: 'Pencetakan dibatalkan. Prosedur Anda sudah selesai.',
      invalid_settings: 'Pengaturan printer salah, jadi tidak bisa mencetak. Prosedur Anda sudah selesai. Silakan beri tahu petugas.',
      failed: 'Tidak bisa mencetak. Prosedur Anda sudah selesai. Silakan beri tahu petugas.',
      not_configured: 'Terminal ini tidak bisa mencetak. Prosedur Anda sudah selesai.',
    },
  },
} satisfies typeof ja;
