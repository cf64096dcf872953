// The notice to an account's owner after staff changed it, in Korean.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: '이용 정지(利用中止)가 해제되어 다시 로그인할 수 있게 되었습니다.',
  accident_set: '이 계정에 사용 중지 등록(事故登録)이 되어, 지금은 이 계정으로 로그인할 수 없습니다.',
  accident_cleared: '사용 중지 등록(事故登録)이 해제되어 다시 로그인할 수 있게 되었습니다.',
  blockade_released: '잘못된 입력이 쌓여서 걸린 차단(累積封鎖)이 해제되었습니다.',
  pins_reset: 'PIN 번호(暗証番号)를 재설정했습니다. 다음에 로그인하실 때 새 PIN 번호를 직접 정해 주셔야 합니다.',
  password_reset: '비밀번호를 처음 비밀번호(생년월일 중 월과 일 4자리)로 되돌렸습니다. 다음에 로그인하실 때 새 비밀번호를 정해 주셔야 합니다.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: '계정 상태가 변경되었습니다',
    body: [
      `${systemName} 이용에 감사드립니다.`,
      '',
      `직원이 회원님이 이용 중인 계정(${loginId})에 다음과 같은 변경을 했습니다.`,
      '',
      `  ${CHANGES[change]}`,
      '',
      '알지 못하는 변경이라면 번거로우시겠지만 창구에 문의해 주세요.',
      '이 메일은 발신 전용 주소에서 보냈습니다. 회신하셔도 답변해 드릴 수 없습니다.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
