// Indonesian for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: 'Mencari alamat…',
      filled: 'Alamat telah diisi. Lanjutkan dengan nomor blok/rumah (番地) dan nama gedung.',
      choose: 'Kode pos ini mencakup lebih dari satu wilayah. Silakan pilih wilayah Anda.',
      chooseLabel: 'Pilih wilayah',
      notFound: 'Kode pos 〒{code} tidak ditemukan. Silakan periksa nomornya. Anda tetap dapat mengetik alamat sendiri.',
      failed: 'Alamat tidak dapat diisi otomatis. Silakan ketik alamat.',
    },
  },
} satisfies typeof ja;
