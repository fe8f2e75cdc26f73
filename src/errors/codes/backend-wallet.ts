// E-BACKEND-03xx: how the backend's wallet simulator decided a scan-to-pay request
// (src/backend/wallet-simulator.ts, qr-payment.ts). Each travels to the terminal as
// QrPaymentResponse.error_code beside its status and decline code. Context holds serials,
// transaction ids, lengths and providers, never a payment code.
import { defineErrors } from '../entry.js';

export const backendWalletErrors = defineErrors({
  'E-BACKEND-0301': {
    en: 'Wallet: the payment code is of no wallet\'s format (declined, 14)',
    zh: '钱包:付款码不属于任何钱包的格式(拒绝,14)',
    fix: {
      en: 'Ask the customer to refresh the payment code in the wallet app and scan it again; the backend knows Alipay (25-30, 16-24 digits), WeChat Pay (10-15, 18 digits), UnionPay (62, 19 digits) and EMV CPM codes.',
      zh: '请顾客在钱包应用中刷新付款码后重新扫码;后台识别支付宝(25-30 开头,16-24 位)、微信支付(10-15 开头,18 位)、银联(62 开头,19 位)和 EMV CPM 付款码。',
    },
  },
  'E-BACKEND-0302': {
    en: 'Wallet: the amount is over the wallet\'s limit (declined, 51)',
    zh: '钱包:金额超过钱包限额(拒绝,51)',
    fix: {
      en: 'A rule of the wallet simulator (wallet.amountLimit in the backend configuration): use a smaller amount, or another payment method.',
      zh: '这是钱包模拟器的规则(后台配置中的 wallet.amountLimit):请使用较小的金额或换一种支付方式。',
    },
  },
  'E-BACKEND-0303': {
    en: 'Wallet: no such merchant-presented order for this terminal (declined, 25)',
    zh: '钱包:本终端没有该商户主扫订单(拒绝,25)',
    fix: {
      en: 'The terminal asked about an order it never registered, or under another reference; start the QR sale again. If it repeats, report it with the transaction id.',
      zh: '终端查询了未登记或参考号不同的订单;请重新发起扫码收款。若反复出现,请附交易 ID 报告。',
    },
  },
  'E-BACKEND-0304': {
    en: 'Wallet: the wallet\'s provider did not answer; nothing was taken',
    zh: '钱包:钱包机构未应答,未扣款',
    fix: {
      en: 'Try again in a moment or take another payment method. The wallet simulator answers so for the providers in wallet.unavailableProviders.',
      zh: '请稍后重试或换一种支付方式。钱包模拟器对 wallet.unavailableProviders 中的机构如此应答。',
    },
  },
  'E-BACKEND-0305': {
    en: 'Wallet: the scan-to-pay request lacks what the backend needs (transaction id, kind, amount or order reference) (declined, 30)',
    zh: '钱包:扫码支付请求缺少后台所需数据(交易 ID、类型、金额或订单参考号)(拒绝,30)',
    fix: {
      en: 'The terminal fills these in from the journal; report it with the context (which field is missing).',
      zh: '终端应从流水中填写这些数据;请附上上下文(缺少的字段名)报告此问题。',
    },
  },
  'E-BACKEND-0306': {
    en: 'Wallet: the order was reversed by the terminal before the wallet paid it; it will not be paid (declined, 17)',
    zh: '钱包:订单在钱包付款前已被终端冲正,不会再被支付(拒绝,17)',
    fix: {
      en: 'Nothing was taken: the terminal gave up waiting and reversed the sale. Start a new QR sale if the customer still wants to pay.',
      zh: '未发生扣款:终端等待超时并已冲正该笔交易。如顾客仍需付款,请重新发起扫码收款。',
    },
  },
});
