// The identity mails (seed 004) in Simplified Chinese, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `已用${providerName}完成注册`,
    body: `尊敬的 ${name}：

您已通过${providerName}的身份验证，完成了${systemName}的用户注册。
您的用户密钥（利用者キー）如下，请妥善保管。

  用户密钥：${userKey}

下次起，只要在自助终端机上选择“用${providerName}登录”，再用智能手机上的${providerName}应用
扫描二维码，就可以登录。

用${providerName}注册时没有设置密码。如果想用邮箱地址和密码登录，请先在“重设密码”中，
用发送到这个邮箱地址的重设代码设置密码。

如果这封邮件与您无关，麻烦您告知窗口工作人员。
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `已与${providerName}关联`,
    body: `尊敬的 ${name}：

用户密钥（利用者キー）为 ${userKey} 的账户，已于${formatDateTime(at, 'zh')}与${providerName}关联。
今后也可以用“用${providerName}登录”登录。

如果这不是您本人的操作，请立即告知窗口工作人员。
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: '密码重设代码通知',
    body: `我们已受理您的重设密码申请。
请在自助终端机的“重设密码”页面，输入以下重设代码和新密码。

  重设代码：${code}

此代码的有效时间为${validMinutes}分钟（至${formatDateTime(expiresAt, 'zh')}），只能使用一次。
申请新的代码后，此代码将无法使用。

如果您没有提出过申请，请删除本邮件。您的密码不会改变。
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: '密码已重设',
    body: `尊敬的 ${name}：

用这个邮箱地址登录时使用的密码，已于${formatDateTime(at, 'zh')}重设。
今后可以用邮箱地址和新密码登录。

如果这不是您本人的操作，请立即告知窗口工作人员。
`,
  }),
} satisfies IdentityMailText;
