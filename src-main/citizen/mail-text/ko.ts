// The city-hall mails in Korean, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : `(${item.dose}회차)`;
      return `・${inLocale(item.title, 'ko')}${dose}\n  장소: ${inLocale(item.venue, 'ko')}\n  일시: ${formatDateTime(item.startsAt, 'ko')}`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■로그인 방법',
  '시청 등에 설치된 키오스크에서 ‘시청(市役所) 예약’을 선택하고 ‘로그인’으로 들어가 주세요.',
  '처음 로그인하시는 분은 로그인 화면의 ‘일회용 비밀번호 발급’에서 이용자 키(利用者キー)와',
  '이 이메일 주소를 입력하고 일회용 비밀번호(ワンタイムパスワード)를 받아 주세요.',
].join('\n');

const NOT_YOU = '본인과 관계없는 메일이라면 번거로우시겠지만 삭제해 주세요.';

export default {
  reservation: (p, { systemName }) => ({
    subject: '예약을 접수했습니다',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName} 이용에 감사드립니다.`,
      '다음 내용으로 예약을 접수했습니다.',
      '',
      '■예약 내용',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', '■예약 안내', inLocale(p.note, 'ko')] : []),
      '',
      ...(p.userKey
        ? [
            '■이용자 키(利用者キー)',
            `이용자 키: ${p.userKey}`,
            '예약 확인·취소나 등록 정보 변경을 하실 때는 이 이용자 키로 로그인합니다.',
            '이 메일은 잘 보관해 주세요.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: '일회용 비밀번호 안내',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName} 이용에 감사드립니다.`,
      '로그인에 사용할 일회용 비밀번호(ワンタイムパスワード)를 보내 드립니다.',
      '',
      '■일회용 비밀번호',
      `일회용 비밀번호: ${p.otp}`,
      `유효 기한: ${formatDateTime(p.expiresAt, 'ko')}까지(발급 후 ${p.validMinutes}분)`,
      '',
      `이 비밀번호는 한 번의 로그인에만 쓸 수 있습니다. ${p.validMinutes}분이 지났을 때나`,
      '다시 로그인할 때는 일회용 비밀번호를 새로 발급받아 주세요.',
      '새로 발급받으면 그 전의 일회용 비밀번호는 쓸 수 없게 됩니다.',
      '',
      '■로그인하는 곳',
      '시청 등에 설치된 키오스크에서 ‘시청(市役所) 예약’ → ‘로그인’으로 들어가서',
      '이용자 키(利用者キー)와 이 일회용 비밀번호를 입력해 주세요.',
      '이용자 키는 처음 예약하셨을 때나 재발급하셨을 때 메일로 알려 드렸습니다.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: '이용자 키 안내',
    body: [
      `${systemName} 이용에 감사드립니다.`,
      '이용자 키(利用者キー) 재발급 요청을 받아, 이 이메일 주소로 등록된 이용자 키를 알려 드립니다.',
      '',
      '■이용자 키',
      ...p.holders.map((h) => `・${h.userKey}(${h.name} 님)`),
      '',
      '로그인하려면 이용자 키 외에 일회용 비밀번호(ワンタイムパスワード)도 필요합니다.',
      '로그인 화면의 ‘일회용 비밀번호 발급’에서 받아 주세요.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: '이용자 정보를 변경했습니다',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName} 이용에 감사드립니다.`,
      '이용자 정보(이름·전화번호·이메일 주소·주소) 변경을 접수했습니다.',
      '앞으로의 안내는 이 이메일 주소로 보내 드립니다.',
      '',
      '본인이 하신 변경이 아니라면 시청(市役所) 창구로 연락해 주세요.',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: '등록 이메일 주소가 변경되었습니다',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName}의 이용자 정보에서 등록 이메일 주소가 이 주소에서 다른 주소로 변경되었습니다.`,
      '앞으로 이 주소로는 안내가 가지 않습니다.',
      '',
      '본인이 하신 변경이 아니라면 시청(市役所) 창구로 연락해 주세요.',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: '예약을 취소했습니다',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName} 이용에 감사드립니다.`,
      '다음 예약의 취소를 접수했습니다.',
      '',
      '■취소한 예약',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: '예약 취소 안내',
    body: [
      `${p.name} 님께`,
      '',
      `${systemName} 이용에 감사드립니다.`,
      '대단히 죄송하지만, 시의 사정으로 다음 일시의 접수를 중지했습니다.',
      '이에 따라 고객님의 다음 예약을 취소했습니다.',
      '',
      '■취소된 예약',
      reservationLines(p.items),
      '',
      '번거로우시겠지만 키오스크에서 다른 일시로 예약하시거나 시청(市役所) 창구에 문의해 주세요.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
