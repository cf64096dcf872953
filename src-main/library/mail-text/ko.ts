// The library mails in Korean, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※이 메일은 발신 전용 주소에서 보내 드렸습니다. 회신하실 수 없습니다.',
  '※본인과 관계없는 메일이라면 번거로우시겠지만 도서관으로 연락해 주세요.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `・${item.title} / ${item.author}` : `・${item.title}`;
}

const KIND = { pc: 'PC', mobile: '휴대폰' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join('·') : '없음';
}

const CONTACT = { none: '필요 없음', mail: '메일', phone: '전화' } as const;
const PHONE = { mobile: '휴대폰', home: '집', work: '직장' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: '이용자 정보 변경 신청을 접수했습니다',
      body: [
        `${p.name} 님께`,
        '',
        '도서관 이용자 정보를 다음 내용으로 변경하는 신청을 접수했습니다.',
        '',
        `비밀번호: ${p.passwordChanged ? '변경함' : '변경 안 함'}`,
        `E-mail1: ${s.email1 ?? '(없음)'} [${KIND[s.email1Kind]}]`,
        `E-mail2: ${s.email2 ?? '(없음)'} [${KIND[s.email2Kind]}]`,
        `등록 완료 메일: ${s.registrationMail ? '발송' : '정지'}(받을 곳: ${destinations(s.registrationTo)})`,
        `예약 관련 메일: 예약마다 따로 선택(받을 곳: ${destinations(s.holdTo)})`,
        `SDI: SDI 설정에서 따로 선택(받을 곳: ${destinations(s.sdiTo)})`,
        `반납 기한 알림: ${s.dueNotice ? `발송, 반납 기한 ${s.dueNoticeDays}일 전` : '정지'}(받을 곳: ${destinations(s.dueNoticeTo)})`,
        `수령 도서관: ${inLocale(p.pickupBranch, 'ko')}`,
        `예약 연락 방법: ${CONTACT[s.holdContact]}`,
        `연락받을 전화: ${PHONE[s.phoneContact]}`,
        `대출 기록: ${s.keepHistory ? '남기기' : '남기지 않기'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `반납 기한 알림(${localDateText(p.dueDate, 'ko')})`,
    body: [
      `${p.name} 님께`,
      '',
      '빌려 가신 다음 자료의 반납 기한이 다가오고 있습니다.',
      '',
      itemLine(p.item),
      `  반납 기한: ${localDateText(p.dueDate, 'ko')}`,
      `  대출 도서관: ${inLocale(p.branch, 'ko')}`,
      '',
      '어느 도서관의 카운터나 반납함에서도 반납하실 수 있습니다.',
      '다른 분의 예약이 없으면 ‘내 도서관’에서 한 번 연장할 수 있습니다.',
      '이미 반납하셨다면 메일이 엇갈린 것이니 양해해 주세요.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: '예약 등록을 마쳤습니다',
    body: [
      `${p.name} 님께`,
      '',
      '다음 자료의 예약을 등록했습니다.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `수령 도서관: ${inLocale(p.pickupBranch, 'ko')}`,
      '자료가 준비되면 선택하신 예약 연락 방법으로 알려 드립니다.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: '예약하신 자료가 준비되었습니다',
    body: [
      `${p.name} 님께`,
      '',
      '예약하신 자료가 준비되었습니다. 도서관 카드(図書館カード)를 가지고 수령 도서관에서 받아 가세요.',
      '',
      itemLine(p.item),
      `  수령 도서관: ${inLocale(p.pickupBranch, 'ko')}`,
      `  보관 기한: ${localDateText(p.pickupUntil, 'ko')}`,
      '',
      '기한이 지나면 예약이 취소되고, 자료는 다음 분께 넘어갑니다.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: '예약을 취소했습니다',
    body: [
      `${p.name} 님께`,
      '',
      p.reason === 'patron'
        ? '요청하신 대로 다음 자료의 예약을 취소했습니다.'
        : p.reason === 'expired'
          ? `보관 기한(${p.pickupUntil ? localDateText(p.pickupUntil, 'ko') : ''})까지 받아 가지 않으셔서 다음 자료의 예약을 취소했습니다.`
          : '도서관 사정으로 다음 자료의 예약이 취소되었습니다.',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['불편을 드려 죄송합니다. 자세한 내용은 도서관에 문의해 주세요.', ''] : []),
      ...(p.reason === 'expired' ? ['자료는 다음에 기다리시는 분께 넘겼습니다. 그래도 필요하시면 다시 예약해 주세요.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: '새로 들어온 자료 안내(SDI)',
    body: [
      `${p.name} 님께`,
      '',
      'SDI에 등록하신 키워드·저자에 맞는 자료가 새로 들어왔습니다.',
      '',
      ...p.matches.flatMap((m) => [
        `■‘${m.term}’`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? `(${i.publisher}${i.year ? `, ${i.year}년` : ''})` : ''}`),
        '',
      ]),
      '예약은 ‘내 도서관’의 ‘자료 찾기’에서 자료를 예약 바구니에 넣어서 하실 수 있습니다.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
