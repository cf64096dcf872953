// 郵便番号 → 住所 (issue 17): what the 〒 field says while it looks an address up.
const address = {
  address: {
    postal: {
      looking: '住所を探しています…',
      filled: '住所を入れました。続けて番地や建物名を入力してください。',
      choose: 'この郵便番号には地域が複数あります。当てはまるものを選んでください。',
      chooseLabel: '地域を選ぶ',
      notFound: '〒{code} は見つかりませんでした。番号をお確かめください。住所はそのまま入力できます。',
      failed: '住所を自動で入れられませんでした。住所を入力してください。',
    },
  },
};

export default address;
