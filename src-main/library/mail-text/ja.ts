// The library mails in Japanese (seed 002): the source every other language's file translates.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※このメールは送信専用のアドレスからお送りしています。返信はできません。',
  '※お心当たりのない場合は、お手数ですが図書館までご連絡ください。',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `・${item.title}／${item.author}` : `・${item.title}`;
}

const KIND = { pc: '自PC', mobile: '携帯' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join('・') : 'なし';
}

const CONTACT = { none: '不要', mail: 'メール', phone: '電話' } as const;
const PHONE = { mobile: '携帯電話', home: '自宅', work: '勤務先' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: '利用者情報の変更申し込みを受け付けました',
      body: [
        `${p.name} 様`,
        '',
        '図書館の利用者情報について、次の内容で変更の申し込みを受け付けました。',
        '',
        `パスワード：${p.passwordChanged ? '変更しました' : '変更なし'}`,
        `E-mail1：${s.email1 ?? '（なし）'} [${KIND[s.email1Kind]}]`,
        `E-mail2：${s.email2 ?? '（なし）'} [${KIND[s.email2Kind]}]`,
        `登録完了メール：${s.registrationMail ? '配信' : '停止'}（配信先：${destinations(s.registrationTo)}）`,
        `予約関連メール：予約ごとに選択（配信先：${destinations(s.holdTo)}）`,
        `SDI：SDI設定ごとに選択（配信先：${destinations(s.sdiTo)}）`,
        `返却期限通知：${s.dueNotice ? `配信・返却期限の${s.dueNoticeDays}日前` : '停止'}（配信先：${destinations(s.dueNoticeTo)}）`,
        `予約受取館：${inLocale(p.pickupBranch, 'ja')}`,
        `予約連絡方法：${CONTACT[s.holdContact]}`,
        `電話連絡先：${PHONE[s.phoneContact]}`,
        `貸出履歴：${s.keepHistory ? '残す' : '残さない'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `返却期限のお知らせ（${localDateText(p.dueDate, 'ja')}）`,
    body: [
      `${p.name} 様`,
      '',
      'お借りになっている次の資料の返却期限が近づいています。',
      '',
      itemLine(p.item),
      `　返却期限：${localDateText(p.dueDate, 'ja')}`,
      `　貸出館：${inLocale(p.branch, 'ja')}`,
      '',
      '返却はどの図書館のカウンター・返却ポストでもできます。',
      'ほかに予約している方がいなければ、Myライブラリから一度だけ延長できます。',
      'すでに返却済みの場合は、行き違いですのでご容赦ください。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: '予約の登録が完了しました',
    body: [
      `${p.name} 様`,
      '',
      '次の資料の予約を登録しました。',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `予約受取館：${inLocale(p.pickupBranch, 'ja')}`,
      'ご用意ができましたら、予約連絡方法でお知らせします。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: '予約の資料をご用意しました',
    body: [
      `${p.name} 様`,
      '',
      'ご予約の資料をご用意しました。図書館カードをお持ちのうえ、受取館でお受け取りください。',
      '',
      itemLine(p.item),
      `　受取館：${inLocale(p.pickupBranch, 'ja')}`,
      `　お取り置き期限：${localDateText(p.pickupUntil, 'ja')}`,
      '',
      '期限を過ぎると予約は取り消され、次の方へお回しします。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: '予約を取り消しました',
    body: [
      `${p.name} 様`,
      '',
      p.reason === 'patron'
        ? 'お申し出により、次の資料の予約を取り消しました。'
        : p.reason === 'expired'
          ? `お取り置き期限（${p.pickupUntil ? localDateText(p.pickupUntil, 'ja') : ''}）までにお受け取りがなかったため、次の資料の予約を取り消しました。`
          : '次の資料の予約は、図書館の都合により取り消しとなりました。',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['ご迷惑をおかけし申し訳ありません。詳しくは図書館へお問い合わせください。', ''] : []),
      ...(p.reason === 'expired' ? ['資料は次にお待ちの方へお回ししました。あらためてご希望の場合は、もう一度ご予約ください。', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: '新着資料のお知らせ（SDI）',
    body: [
      `${p.name} 様`,
      '',
      'SDIに登録されたキーワード・著者に合う資料が新しく入りました。',
      '',
      ...p.matches.flatMap((m) => [
        `■「${m.term}」`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? `（${i.publisher}${i.year ? `、${i.year}年` : ''}）` : ''}`),
        '',
      ]),
      '予約はMyライブラリの資料検索から予約かごに入れて行えます。',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
