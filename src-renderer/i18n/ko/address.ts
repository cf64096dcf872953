// Korean for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: '주소를 찾고 있습니다…',
      filled: '주소를 입력했습니다. 이어서 번지와 건물 이름을 입력해 주세요.',
      choose: '이 우편번호에는 여러 지역이 있습니다. 해당하는 지역을 선택해 주세요.',
      chooseLabel: '지역 선택',
      notFound: '〒{code}에 해당하는 주소를 찾지 못했습니다. 번호를 확인해 주세요. 주소는 직접 입력할 수 있습니다.',
      failed: '주소를 자동으로 넣지 못했습니다. 주소를 입력해 주세요.',
    },
  },
} satisfies typeof ja;
