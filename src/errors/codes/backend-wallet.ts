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
  'E-BACKEND-0307': {
    en: 'Wallet: no approved QR payment with that transaction id and host reference on this terminal to refund (declined, 25)',
    zh: '钱包:本终端没有该交易 ID 与主机参考号对应的扫码支付可退款(拒绝,25)',
    fix: {
      en: 'Pick the original from the terminal\'s refund list (it names the sale by its journal); a sale from another terminal is refunded there. If it repeats, report it with the transaction id.',
      zh: '请在终端的退货列表中选择原交易(按流水识别);其他终端的交易请在原终端退货。若反复出现,请附交易 ID 报告。',
    },
  },
  'E-BACKEND-0308': {
    en: 'Wallet: the original QR payment was not approved, so there is nothing to refund (declined, 12)',
    zh: '钱包:原扫码支付未成功,无款可退(拒绝,12)',
    fix: {
      en: 'Nothing was taken from the customer\'s wallet for that sale; no refund is needed.',
      zh: '该笔交易未从顾客钱包扣款,无需退货。',
    },
  },
  'E-BACKEND-0309': {
    en: 'Wallet: the refund is more than what is left of the original payment, or in another currency (declined, 13)',
    zh: '钱包:退款金额超过原支付剩余可退金额,或币种不同(拒绝,13)',
    fix: {
      en: 'Refunds of a payment together return at most its amount: check the refunds already made (transaction query) and refund at most what is left.',
      zh: '同一笔支付的退款合计不超过原金额:请查询已退金额,最多退剩余部分。',
    },
  },
});
