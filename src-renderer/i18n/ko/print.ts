// Korean for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: '확인증 인쇄',
    patronSlip: '등록증 인쇄',
    attendees: '참가자 명단 인쇄(A4)',
    printed: '인쇄했습니다. 프린터에서 가져가 주세요.',
    saved: '확인증을 파일로 저장했습니다({file}).',
    failed: {
      offline: '프린터가 응답하지 않아 인쇄하지 못했습니다. 절차는 완료되었습니다. 직원에게 알려 주세요.',
      out_of_paper: '프린터 용지가 없어 인쇄하지 못했습니다. 절차는 완료되었습니다. 직원에게 알려 주세요.',
      cancelled: '인쇄가 취소되었습니다. 절차는 완료되었습니다.',
      invalid_settings: '프린터 설정이 잘못되어 인쇄하지 못했습니다. 절차는 완료되었습니다. 직원에게 알려 주세요.',
      failed: '인쇄하지 못했습니다. 절차는 완료되었습니다. 직원에게 알려 주세요.',
      not_configured: '이 단말기에서는 인쇄할 수 없습니다. 절차는 완료되었습니다.',
    },
  },
} satisfies typeof ja;
