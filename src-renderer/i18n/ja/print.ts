// 控えの印刷 (issue 16): the print button of the done screens and what it says afterwards. The
// reasons follow printFailureReasons in src-shared/contract/print.ts. Every failure says the
// procedure itself is complete: only the paper did not come.
const print = {
  print: {
    button: '控えを印刷',
    patronSlip: '登録票を印刷',
    attendees: '参加者一覧を印刷（A4）',
    printed: '印刷しました。プリンターからお取りください。',
    saved: '控えをファイルに保存しました（{file}）。',
    failed: {
      offline: 'プリンターが応答しないため、印刷できませんでした。お手続きは完了しています。係員にお知らせください。',
      out_of_paper: 'プリンターの用紙が切れているため、印刷できませんでした。お手続きは完了しています。係員にお知らせください。',
      cancelled: '印刷が取り消されました。お手続きは完了しています。',
      invalid_settings: 'プリンターの設定に誤りがあるため、印刷できませんでした。お手続きは完了しています。係員にお知らせください。',
      failed: '印刷できませんでした。お手続きは完了しています。係員にお知らせください。',
      not_configured: 'この端末では印刷できません。お手続きは完了しています。',
    },
  },
};

export default print;
