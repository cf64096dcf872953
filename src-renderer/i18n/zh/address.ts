// Simplified Chinese for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: '正在查找地址…',
      filled: '已填入地址。请接着输入门牌号、建筑物名称等。',
      choose: '这个邮政编码对应多个地区。请选择您所在的地区。',
      chooseLabel: '选择地区',
      notFound: '找不到〒{code}对应的地址。请检查号码。您也可以直接输入地址。',
      failed: '无法自动填入地址。请手动输入地址。',
    },
  },
} satisfies typeof ja;
