// The city-hall mails in Simplified Chinese, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : `（第${item.dose}次）`;
      return `・${inLocale(item.title, 'zh')}${dose}\n　会场：${inLocale(item.venue, 'zh')}\n　日期和时间：${formatDateTime(item.startsAt, 'zh')}`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■登录方法',
  '请在市政府等处设置的自助终端机上，选择“市政府（市役所）预约”，再进入“登录”。',
  '第一次登录的人，请在登录页面按“获取一次性密码”，输入用户密钥（利用者キー）和',
  '这个邮箱地址，领取一次性密码（ワンタイムパスワード）。',
].join('\n');

const NOT_YOU = '如果这封邮件与您无关，麻烦您将其删除。';

export default {
  reservation: (p, { systemName }) => ({
    subject: '预约已受理',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `感谢您使用${systemName}。`,
      '您的以下预约已受理。',
      '',
      '■预约内容',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', '■预约须知', inLocale(p.note, 'zh')] : []),
      '',
      ...(p.userKey
        ? [
            '■用户密钥（利用者キー）',
            `用户密钥：${p.userKey}`,
            '查看、取消预约或更改登记信息时，需要用这个用户密钥登录。',
            '请妥善保管这封邮件。',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: '一次性密码通知',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `感谢您使用${systemName}。`,
      '现将登录用的一次性密码（ワンタイムパスワード）发送给您。',
      '',
      '■一次性密码',
      `一次性密码：${p.otp}`,
      `有效期至：${formatDateTime(p.expiresAt, 'zh')}（自发出起${p.validMinutes}分钟）`,
      '',
      `此密码只能用于1次登录。超过${p.validMinutes}分钟后，或要再次登录时，`,
      '请重新获取一次性密码。',
      '重新获取后，之前的一次性密码就不能再用了。',
      '',
      '■登录地点',
      '请在市政府等处设置的自助终端机上，选择“市政府（市役所）预约”→“登录”，',
      '然后输入用户密钥（利用者キー）和这个一次性密码。',
      '用户密钥已在您第一次预约时或补发时通过邮件通知您。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: '用户密钥通知',
    body: [
      `感谢您使用${systemName}。`,
      '我们收到了补发用户密钥（利用者キー）的申请，现将用这个邮箱地址登记的用户密钥通知您。',
      '',
      '■用户密钥',
      ...p.holders.map((h) => `・${h.userKey}（${h.name}）`),
      '',
      '登录时，除了用户密钥，还需要一次性密码（ワンタイムパスワード）。',
      '请在登录页面按“获取一次性密码”领取。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: '用户信息已更改',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `感谢您使用${systemName}。`,
      '我们已受理您的用户信息（姓名、电话号码、邮箱地址、地址）更改。',
      '今后的通知将发送到这个邮箱地址。',
      '',
      '如果这项更改不是您本人办理的，请联系市政府（市役所）窗口。',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: '登记的邮箱地址已更改',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `您在${systemName}的用户信息中登记的邮箱地址，已从这个地址更改为其他地址。`,
      '今后，这个地址将不再收到我们的通知。',
      '',
      '如果这项更改不是您本人办理的，请联系市政府（市役所）窗口。',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: '预约已取消',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `感谢您使用${systemName}。`,
      '我们已受理以下预约的取消。',
      '',
      '■已取消的预约',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: '预约取消通知',
    body: [
      `尊敬的 ${p.name}：`,
      '',
      `感谢您使用${systemName}。`,
      '非常抱歉，由于市政府方面的原因，以下日期和时间已停止受理。',
      '因此，我们取消了您的以下预约。',
      '',
      '■被取消的预约',
      reservationLines(p.items),
      '',
      '麻烦您在自助终端机上预约其他日期和时间，或向市政府（市役所）窗口咨询。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
