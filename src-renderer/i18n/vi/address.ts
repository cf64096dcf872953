// Vietnamese for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: 'Đang tìm địa chỉ…',
      filled: 'Đã điền địa chỉ. Vui lòng nhập tiếp số nhà (番地) và tên tòa nhà.',
      choose: 'Mã bưu chính này có nhiều khu vực. Vui lòng chọn khu vực của bạn.',
      chooseLabel: 'Chọn khu vực',
      notFound: 'Không tìm thấy mã bưu chính 〒{code}. Vui lòng kiểm tra lại. Bạn vẫn có thể tự nhập địa chỉ.',
      failed: 'Không thể tự động điền địa chỉ. Vui lòng nhập địa chỉ.',
    },
  },
} satisfies typeof ja;
