// The library mails in Simplified Chinese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※本邮件由仅用于发送的地址发出，无法回复。',
  '※如果这封邮件与您无关，麻烦您联系图书馆。',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `・${item.title}／${item.author}` : `・${item.title}`;
}

const KIND = { pc: '电脑', mobile: '手机' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join('、') : '无';
}

const CONTACT = { none: '不需要', mail: '邮件', phone: '电话' } as const;
const PHONE = { mobile: '手机', home: '住宅电话', work: '单位电话' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: '用户信息更改申请已受理',
      body: [
        `尊敬的 ${p.name}：`,
        '',
        '我们已按以下内容受理了您的图书馆用户信息更改申请。',
        '',
        `密码：${p.passwordChanged ? '已更改' : '未更改'}`,
        `E-mail1：${s.email1 ?? '（无）'} [${KIND[s.email1Kind]}]`,
        `E-mail2：${s.email2 ?? '（无）'} [${KIND[s.email2Kind]}]`,
        `登记完成邮件：${s.registrationMail ? '发送' : '停止'}（发送至：${destinations(s.registrationTo)}）`,
        `预约相关邮件：每个预约单独选择（发送至：${destinations(s.holdTo)}）`,
        `SDI：在SDI设置中单独选择（发送至：${destinations(s.sdiTo)}）`,
        `归还期限通知：${s.dueNotice ? `发送，归还期限前${s.dueNoticeDays}天` : '停止'}（发送至：${destinations(s.dueNoticeTo)}）`,
        `取书馆：${inLocale(p.pickupBranch, 'zh')}`,
        `预约联系方式：${CONTACT[s.holdContact]}`,
        `联系电话：${PHONE[s.phoneContact]}`,
        `借阅记录：${s.keepHistory ? '保留' : '不保留'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `归还期限通知（${localDateText(p.dueDate, 'zh')}）`,
    body: [
      `尊敬的 ${p.name}：`,
      '',
      '您借阅的以下资料快到归还期限了。',
      '',
      itemLine(p.item),
      `　归还期限：${localDateText(p.dueDate, 'zh')}`,
      `　借出馆：${inLocale(p.branch, 'zh')}`,
      '',
      '可以在任何一个图书馆的柜台或还书箱归还。',
      '如果没有其他人预约，可以在“我的图书馆”中续借1次。',
      '如果您已经归还，请忽略本邮件，敬请谅解。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: '预约登记已完成',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      '已为您登记以下资料的预约。',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `取书馆：${inLocale(p.pickupBranch, 'zh')}`,
      '资料准备好后，我们会按您选择的预约联系方式通知您。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: '您预约的资料已准备好',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      '您预约的资料已准备好。请携带借书证（図書館カード），到取书馆领取。',
      '',
      itemLine(p.item),
      `　取书馆：${inLocale(p.pickupBranch, 'zh')}`,
      `　保留期限：${localDateText(p.pickupUntil, 'zh')}`,
      '',
      '超过期限后，预约将被取消，资料将转给下一位预约者。',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: '预约已取消',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      p.reason === 'patron'
        ? '根据您的要求，已取消以下资料的预约。'
        : p.reason === 'expired'
          ? `由于您没有在保留期限（${p.pickupUntil ? localDateText(p.pickupUntil, 'zh') : ''}）之前领取，已取消以下资料的预约。`
          : '由于图书馆方面的原因，以下资料的预约已被取消。',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['给您带来不便，非常抱歉。详情请向图书馆咨询。', ''] : []),
      ...(p.reason === 'expired' ? ['资料已转给下一位等候的人。如果您仍然需要，请重新预约。', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: '新到资料通知（SDI）',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      '有符合您在SDI中登记的关键词或作者的新资料入馆了。',
      '',
      ...p.matches.flatMap((m) => [
        `■“${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? `（${i.publisher}${i.year ? `，${i.year}年` : ''}）` : ''}`),
        '',
      ]),
      '如需预约，请在“我的图书馆”的“查找资料”中，把资料放入预约篮后预约。',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
