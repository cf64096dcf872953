// The identity mails (seed 004) in Korean, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `${providerName}로 신규 등록을 마쳤습니다`,
    body: `${name} 님께

${providerName}의 본인 확인으로 ${systemName} 이용자 등록을 마쳤습니다.
회원님의 이용자 키(利用者キー)는 다음과 같습니다. 잘 보관해 주세요.

  이용자 키: ${userKey}

다음부터는 키오스크의 ‘${providerName}로 로그인’을 누르고, 스마트폰의 ${providerName} 앱으로
QR 코드를 읽기만 하면 로그인할 수 있습니다.

${providerName}로 등록할 때는 비밀번호를 정하지 않았습니다. 이메일 주소와 비밀번호로 로그인하려면
먼저 ‘비밀번호 재설정’에서 이 이메일 주소로 오는 재설정 코드를 사용해 비밀번호를 설정해 주세요.

본인과 관계없는 메일이라면 번거로우시겠지만 창구에 알려 주세요.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `${providerName}와 연동했습니다`,
    body: `${name} 님께

이용자 키(利用者キー)가 ${userKey}인 계정을 ${formatDateTime(at, 'ko')}에 ${providerName}와 연동했습니다.
앞으로는 ‘${providerName}로 로그인’으로도 로그인할 수 있습니다.

본인이 하신 일이 아니라면 바로 창구에 알려 주세요.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: '비밀번호 재설정 코드 안내',
    body: `비밀번호 재설정 신청을 접수했습니다.
키오스크의 ‘비밀번호 재설정’ 화면에서 다음 재설정 코드와 새 비밀번호를 입력해 주세요.

  재설정 코드: ${code}

이 코드는 ${validMinutes}분 동안(${formatDateTime(expiresAt, 'ko')}까지) 유효하며, 한 번만 쓸 수 있습니다.
새 코드를 신청하면 이 코드는 쓸 수 없게 됩니다.

신청하신 적이 없다면 이 메일을 삭제해 주세요. 비밀번호는 바뀌지 않습니다.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: '비밀번호를 재설정했습니다',
    body: `${name} 님께

${formatDateTime(at, 'ko')}에 이 이메일 주소로 로그인할 때 쓰는 비밀번호를 재설정했습니다.
이제부터 이메일 주소와 새 비밀번호로 로그인할 수 있습니다.

본인이 하신 일이 아니라면 바로 창구에 알려 주세요.
`,
  }),
} satisfies IdentityMailText;
