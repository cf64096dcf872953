// The library mails in easy Japanese (やさしい日本語), translated from ja.ts; every kanji carries its
// reading as ｜漢字《よみ》 (the mailer prints 漢字(よみ)), words as on the easy-Japanese screens.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※この メールには、へんじが できません。',
  '※この メールの ことを ｜知《し》らない ときは、すみませんが、｜図書館《としょかん》に ｜連絡《れんらく》して ください。',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `・${item.title}／${item.author}` : `・${item.title}`;
}

const KIND = { pc: 'パソコン', mobile: 'けいたい' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join('・') : 'なし';
}

const CONTACT = { none: 'いらない', mail: 'メール', phone: 'でんわ' } as const;
const PHONE = { mobile: 'けいたいでんわ', home: 'いえ', work: 'しごとの ばしょ' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'あなたの ｜情報《じょうほう》を かえる ｜手続《てつづ》きを うけつけました',
      body: [
        `${p.name} さん`,
        '',
        '｜図書館《としょかん》に ｜登録《とうろく》して いる あなたの ｜情報《じょうほう》を、つぎの ように かえる ｜手続《てつづ》きを うけつけました。',
        '',
        `パスワード：${p.passwordChanged ? 'かえました' : 'かえて いません'}`,
        `メール1：${s.email1 ?? '（なし）'} [${KIND[s.email1Kind]}]`,
        `メール2：${s.email2 ?? '（なし）'} [${KIND[s.email2Kind]}]`,
        `｜予約《よやく》が できた メール：${s.registrationMail ? 'おくる' : 'おくらない'}（おくりさき：${destinations(s.registrationTo)}）`,
        `｜予約《よやく》の メール：｜予約《よやく》ごとに えらぶ（おくりさき：${destinations(s.holdTo)}）`,
        `SDI：SDIの ｜設定《せってい》で えらぶ（おくりさき：${destinations(s.sdiTo)}）`,
        `｜返《かえ》す ｜日《ひ》の おしらせ：${s.dueNotice ? `おくる・｜返《かえ》す ｜日《ひ》の ${s.dueNoticeDays}にち まえ` : 'おくらない'}（おくりさき：${destinations(s.dueNoticeTo)}）`,
        `うけとる ｜図書館《としょかん》：${inLocale(p.pickupBranch, 'easy')}`,
        `｜予約《よやく》の ｜連絡《れんらく》の しかた：${CONTACT[s.holdContact]}`,
        `｜連絡《れんらく》する ｜電話《でんわ》：${PHONE[s.phoneContact]}`,
        `｜借《か》りた ｜本《ほん》の ｜記録《きろく》：${s.keepHistory ? 'のこす' : 'のこさない'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `｜返《かえ》す ｜日《ひ》の おしらせ（${localDateText(p.dueDate, 'easy')}）`,
    body: [
      `${p.name} さん`,
      '',
      'あなたが ｜借《か》りて いる つぎの ｜本《ほん》は、もうすぐ ｜返《かえ》す ｜日《ひ》です。',
      '',
      itemLine(p.item),
      `　｜返《かえ》す ｜日《ひ》：${localDateText(p.dueDate, 'easy')}`,
      `　｜借《か》りた ｜図書館《としょかん》：${inLocale(p.branch, 'easy')}`,
      '',
      'どの ｜図書館《としょかん》の カウンターでも、｜返却《へんきゃく》ポストでも、｜返《かえ》す ことが できます。',
      'ほかの ｜人《ひと》が ｜予約《よやく》して いない ときは、Myライブラリで 1｜回《かい》だけ ｜期間《きかん》を のばす ことが できます。',
      'もう ｜返《かえ》した ときは、すみません。この メールは ｜気《き》に しないで ください。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: '｜予約《よやく》を ｜登録《とうろく》しました',
    body: [
      `${p.name} さん`,
      '',
      'つぎの ｜本《ほん》の ｜予約《よやく》を ｜登録《とうろく》しました。',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `うけとる ｜図書館《としょかん》：${inLocale(p.pickupBranch, 'easy')}`,
      'じゅんびが できたら、あなたが えらんだ ｜連絡《れんらく》の しかたで おしらせします。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: '｜予約《よやく》した ｜本《ほん》の じゅんびが できました',
    body: [
      `${p.name} さん`,
      '',
      '｜予約《よやく》した ｜本《ほん》の じゅんびが できました。｜図書館《としょかん》カードを もって、うけとる ｜図書館《としょかん》に とりに ｜来《き》て ください。',
      '',
      itemLine(p.item),
      `　うけとる ｜図書館《としょかん》：${inLocale(p.pickupBranch, 'easy')}`,
      `　とりに ｜来《く》る ｜期限《きげん》：${localDateText(p.pickupUntil, 'easy')}`,
      '',
      'この ｜日《ひ》を すぎると、｜予約《よやく》は キャンセルに なります。｜本《ほん》は、つぎに まって いる ｜人《ひと》に まわします。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: '｜予約《よやく》が キャンセルに なりました',
    body: [
      `${p.name} さん`,
      '',
      p.reason === 'patron'
        ? 'あなたの ｜手続《てつづ》きで、つぎの ｜本《ほん》の ｜予約《よやく》を やめました。'
        : p.reason === 'expired'
          ? `とりに ｜来《く》る ｜期限《きげん》（${p.pickupUntil ? localDateText(p.pickupUntil, 'easy') : ''}）までに うけとりが なかったので、つぎの ｜本《ほん》の ｜予約《よやく》を キャンセルしました。`
          : '｜図書館《としょかん》の ｜都合《つごう》で、つぎの ｜本《ほん》の ｜予約《よやく》を キャンセルしました。',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['ほんとうに すみません。くわしい ことは、｜図書館《としょかん》で きいて ください。', ''] : []),
      ...(p.reason === 'expired' ? ['｜本《ほん》は、つぎに まって いる ｜人《ひと》に まわしました。まだ ｜借《か》りたい ときは、もう ｜一度《いちど》 ｜予約《よやく》して ください。', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'あたらしい ｜本《ほん》の おしらせ（SDI）',
    body: [
      `${p.name} さん`,
      '',
      'SDIに ｜登録《とうろく》した キーワードや ｜書《か》いた ｜人《ひと》に あう ｜本《ほん》が、あたらしく ｜図書館《としょかん》に ｜入《はい》りました。',
      '',
      ...p.matches.flatMap((m) => [
        `■「${m.term}」`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? `（${i.publisher}${i.year ? `、${i.year}｜年《ねん》` : ''}）` : ''}`),
        '',
      ]),
      '｜予約《よやく》したい ときは、Myライブラリの 「｜本《ほん》を さがす」で さがして、｜予約《よやく》かごに いれて ください。',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
