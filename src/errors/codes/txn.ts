// E-TXN: how a card transaction ends when it cannot complete.
import { defineErrors } from '../entry.js';

export const txnErrors = defineErrors({
  'E-TXN-0001': {
    en: 'The cardholder cancelled PIN entry or let it time out',
    zh: '持卡人取消了密码输入或输入超时',
    fix: { en: 'Start the transaction again if the cardholder wishes to pay.', zh: '如持卡人仍要付款,请重新发起交易。' },
  },
  'E-TXN-0002': {
    en: 'The terminal is locked by the operations centre and takes no transactions',
    zh: '终端已被运营中心锁定,暂停交易',
    fix: { en: 'Call the operations centre with the terminal id; it unlocks the terminal remotely.', zh: '请携终端号联系运营中心,由其远程解锁。' },
  },
  'E-TXN-0003': {
    en: 'No card was presented in time',
    zh: '等待刷卡超时',
    fix: { en: 'Start again and insert, tap or swipe the card when the screen asks for it.', zh: '请重新发起交易,在屏幕提示时插卡、挥卡或刷卡。' },
  },
  'E-TXN-0004': {
    en: 'The host did not answer after the request left; the transaction is being reversed',
    zh: '交易请求已发出但主机未应答,交易正在冲正',
    fix: {
      en: 'Do not hand over the goods: the reversal is sent when the link returns. Check the network, then start a new transaction.',
      zh: '请勿交付商品:链路恢复后自动发送冲正。请检查网络后重新发起交易。',
    },
  },
  'E-TXN-0005': {
    en: 'The card declined after the issuer approved; the approval is being reversed',
    zh: '发卡行已批准但卡片拒绝,交易正在冲正',
    fix: { en: 'Do not hand over the goods; ask for another card or another way to pay.', zh: '请勿交付商品;请持卡人换卡或换一种支付方式。' },
  },
  'E-TXN-0006': {
    en: 'The card could not complete the transaction',
    zh: '卡片无法完成交易',
    fix: { en: 'Try another interface (insert instead of tap) or another card; the code in the context says what the card did.', zh: '请换一种方式(插卡代替挥卡)或换卡重试;上下文中的代码说明了卡片的情况。' },
  },
  'E-TXN-0007': {
    en: 'The original transaction was not found or cannot be voided, refunded or completed',
    zh: '未找到原交易,或原交易不能撤销、退货或完成',
    fix: { en: 'Check the voucher or reference number on the original slip; a void must be in the open batch, otherwise refund it.', zh: '请核对原签购单上的凭证号或参考号;撤销只限当前批次,否则请做退货。' },
  },
  'E-TXN-0008': {
    en: 'A supervisor must approve this transaction',
    zh: '此交易需主管授权',
    fix: { en: 'Ask a supervisor to enter their operator id and password on the spot.', zh: '请主管现场输入其操作员号和密码。' },
  },
  'E-TXN-0009': {
    en: 'The terminal has no way to take this kind of payment',
    zh: '终端不支持此支付方式',
    fix: { en: 'Check the configuration: the reader, scanner or QR settings this payment needs are missing.', zh: '请检查配置:此支付所需的读卡器、扫码器或二维码参数缺失。' },
  },
  'E-TXN-0010': {
    en: 'The payment code could not be read',
    zh: '无法识别付款码',
    fix: { en: 'Ask the customer to refresh the code in their wallet and scan it again.', zh: '请顾客在钱包中刷新付款码后重新扫码。' },
  },
  'E-TXN-0011': {
    en: 'The host did not take the QR order; its code was not shown and nothing was paid',
    zh: '主机未受理二维码订单;付款码未展示,未发生扣款',
    fix: { en: 'Check the link to the backend (the idle screen shows it), then start the QR sale again or take another payment method.', zh: '请检查与后台的链路(待机界面有显示),然后重新发起扫码收款或换一种支付方式。' },
  },
});
