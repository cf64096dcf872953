// Simplified Chinese for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: '打印凭条',
    patronSlip: '打印登记表',
    attendees: '打印参加者名单（A4）',
    printed: '已打印。请从打印机取走。',
    saved: '凭条已保存为文件（{file}）。',
    failed: {
      offline: '打印机没有响应，无法打印。您的手续已经办完。请告知工作人员。',
      out_of_paper: '打印机缺纸，无法打印。您的手续已经办完。请告知工作人员。',
      cancelled: '打印已取消。您的手续已经办完。',
      invalid_settings: '打印机设置有误，无法打印。您的手续已经办完。请告知工作人员。',
      failed: '无法打印。您的手续已经办完。请告知工作人员。',
      not_configured: '这台终端机不能打印。您的手续已经办完。',
    },
  },
} satisfies typeof ja;
