// The identity mails (seed 004) in Indonesian, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Pendaftaran dengan ${providerName} selesai`,
    body: `Yth. ${name},

Pendaftaran pengguna ${systemName} Anda telah selesai dengan verifikasi identitas melalui ${providerName}.
Berikut kode pengguna (利用者キー) Anda. Simpanlah baik-baik.

  Kode pengguna: ${userKey}

Mulai berikutnya, Anda cukup memilih “Masuk dengan ${providerName}” di terminal dan memindai kode QR
dengan aplikasi ${providerName} di ponsel Anda untuk masuk.

Pendaftaran dengan ${providerName} tidak membuat kata sandi. Jika ingin masuk dengan alamat email dan
kata sandi, buka dulu “Atur ulang kata sandi”, lalu atur kata sandi dengan kode atur ulang yang dikirim
ke alamat email ini.

Jika Anda tidak mengenali email ini, mohon beri tahu loket.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `Akun Anda telah terhubung dengan ${providerName}`,
    body: `Yth. ${name},

Akun dengan kode pengguna (利用者キー) ${userKey} telah dihubungkan dengan ${providerName} pada ${formatDateTime(at, 'id')} (waktu Jepang).
Mulai sekarang, Anda juga dapat masuk melalui “Masuk dengan ${providerName}”.

Jika Anda tidak melakukan ini, segera beri tahu loket.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Kode atur ulang kata sandi Anda',
    body: `Kami telah menerima permintaan untuk mengatur ulang kata sandi Anda.
Di layar “Atur ulang kata sandi” pada terminal, masukkan kode atur ulang di bawah ini dan kata sandi baru.

  Kode atur ulang: ${code}

Kode ini berlaku selama ${validMinutes} menit (sampai ${formatDateTime(expiresAt, 'id')}, waktu Jepang) dan hanya dapat dipakai satu kali.
Jika Anda meminta kode baru, kode ini tidak dapat dipakai lagi.

Jika Anda tidak memintanya, hapus saja email ini. Kata sandi Anda tidak berubah.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'Kata sandi Anda telah diatur ulang',
    body: `Yth. ${name},

Kata sandi untuk masuk dengan alamat email ini telah diatur ulang pada ${formatDateTime(at, 'id')} (waktu Jepang).
Mulai sekarang, Anda dapat masuk dengan alamat email dan kata sandi baru.

Jika Anda tidak melakukan ini, segera beri tahu loket.
`,
  }),
} satisfies IdentityMailText;
