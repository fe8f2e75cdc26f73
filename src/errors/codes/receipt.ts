// E-RECEIPT: receipts and settlement reports laid out by the payment layer (src/payment/receipt).
// Context names the field at fault and counts only, never a card number or receipt text.
import { defineErrors } from '../entry.js';

export const receiptErrors = defineErrors({
  'E-RECEIPT-0001': {
    en: 'Receipt refused: the card number is not masked',
    zh: '拒绝打印小票:卡号未屏蔽',
    fix: {
      en: 'This is a fault in the terminal software, not the operator\'s: report it to support. Receipts show at most the first 6 and last 4 digits of a card number.',
      zh: '这是终端软件的故障,并非操作员的错误:请报告技术支持。小票上的卡号最多只显示前 6 位和后 4 位。',
    },
  },
  'E-RECEIPT-0002': {
    en: 'Receipt data is incomplete or out of form',
    zh: '小票数据不完整或格式不正确',
    fix: {
      en: 'Check the field named in the error (merchant configuration such as the e-receipt address, or the transaction record); reprint from the journal once it is corrected.',
      zh: '请检查错误中指出的字段(商户配置如电子小票地址,或交易记录);更正后从流水中重打印。',
    },
  },
});
