// The words on a slip, in both languages. Chinese acquirers' slips (银联签购单) print every
// label in Chinese with its English beside it; a slip for a foreign cardholder keeps both and
// leads with English. So each entry is a pair and the layout puts the primary language first.
import type { CardEntryMode, ReceiptCvm, ReceiptLanguage, Scheme, TransactionKind } from './receipt-data.js';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

const pair = (zh: string, en: string): Bilingual => ({ zh, en });

export const LABELS = {
  slip: pair('签购单', 'POS SALES SLIP'),
  merchantCopy: pair('商户存根', 'MERCHANT COPY'),
  customerCopy: pair('持卡人存根', 'CARDHOLDER COPY'),
  reprint: pair('重打印', 'REPRINT'),
  merchantId: pair('商户编号', 'MERCHANT NO.'),
  terminalId: pair('终端编号', 'TERMINAL NO.'),
  operator: pair('操作员', 'OPERATOR'),
  cardNumber: pair('卡号', 'CARD NO.'),
  scheme: pair('卡组织', 'CARD SCHEME'),
  wallet: pair('支付方式', 'PAID WITH'),
  entryMode: pair('输入方式', 'ENTRY MODE'),
  transactionType: pair('交易类型', 'TRANS TYPE'),
  batch: pair('批次号', 'BATCH NO.'),
  trace: pair('凭证号', 'VOUCHER NO.'),
  authCode: pair('授权码', 'AUTH NO.'),
  reference: pair('参考号', 'REF. NO.'),
  dateTime: pair('日期时间', 'DATE/TIME'),
  orderNumber: pair('订单号', 'ORDER NO.'),
  originalTrace: pair('原凭证号', 'ORIG. VOUCHER'),
  originalReference: pair('原参考号', 'ORIG. REF. NO.'),
  originalAuthCode: pair('原授权码', 'ORIG. AUTH NO.'),
  amount: pair('金额', 'AMOUNT'),
  balance: pair('余额', 'BALANCE'),
  applicationLabel: pair('应用标签', 'APP LABEL'),
  aid: pair('应用标识', 'AID'),
  signature: pair('持卡人签名', 'CARDHOLDER SIGNATURE'),
  acknowledgement: pair('本人确认以上交易，同意将其记入本卡账户', 'I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES'),
  eReceipt: pair('扫码查看电子签购单', 'SCAN FOR YOUR E-RECEIPT'),
  thanks: pair('谢谢惠顾', 'THANK YOU'),
  balanceWithheld: pair('仅持卡人存根显示', 'ON CARDHOLDER COPY ONLY'),
  report: pair('交易汇总', 'TRANSACTION SUMMARY'),
  xReport: pair('X 报表(不清零)', 'X REPORT (NOT RESET)'),
  zReport: pair('Z 报表(批结算)', 'Z REPORT (BATCH CLOSED)'),
  period: pair('统计时段', 'PERIOD'),
  printedAt: pair('打印时间', 'PRINTED'),
  count: pair('笔数', 'COUNT'),
  subtotal: pair('小计', 'SUBTOTAL'),
  total: pair('总计', 'ALL SCHEMES'),
  net: pair('净额', 'NET'),
  noTransactions: pair('本批次无交易', 'NO TRANSACTIONS IN THIS BATCH'),
  scanToPay: pair('请使用支付应用扫码付款', 'SCAN TO PAY'),
  shiftSummary: pair('签退汇总', 'SHIFT SUMMARY'),
  shiftStart: pair('签到时间', 'SHIFT START'),
  shiftEnd: pair('签退时间', 'SHIFT END'),
  noShiftTransactions: pair('本班次无成功交易', 'NONE APPROVED IN THIS SHIFT'),
} as const satisfies Record<string, Bilingual>;

export const TRANSACTION_NAMES: Readonly<Record<TransactionKind, Bilingual>> = {
  sale: pair('消费', 'SALE'),
  refund: pair('退货', 'REFUND'),
  void: pair('撤销', 'VOID'),
  'pre-auth': pair('预授权', 'PRE-AUTH'),
  'pre-auth-completion': pair('预授权完成', 'AUTH COMPLETION'),
  'pre-auth-cancel': pair('预授权撤销', 'PRE-AUTH CANCEL'),
  balance: pair('余额查询', 'BALANCE INQUIRY'),
  'qr-sale': pair('扫码', 'QR PAYMENT'),
};

export const SCHEME_NAMES: Readonly<Record<Scheme, Bilingual>> = {
  unionpay: pair('银联', 'UnionPay'),
  visa: pair('维萨', 'Visa'),
  mastercard: pair('万事达', 'Mastercard'),
  jcb: pair('JCB', 'JCB'),
  amex: pair('美国运通', 'American Express'),
  discover: pair('发现卡', 'Discover'),
  alipay: pair('支付宝', 'Alipay'),
  wechat: pair('微信支付', 'WeChat Pay'),
};

export const ENTRY_MODES: Readonly<Record<CardEntryMode | 'consumer-qr' | 'merchant-qr', Bilingual>> = {
  contact: pair('插卡', 'CHIP'),
  contactless: pair('挥卡', 'CONTACTLESS'),
  'contactless-mag-stripe': pair('挥卡(磁条模式)', 'CONTACTLESS MAG STRIPE'),
  'mag-stripe': pair('刷卡', 'SWIPE'),
  fallback: pair('降级刷卡', 'FALLBACK SWIPE'),
  manual: pair('手输卡号', 'MANUAL'),
  'consumer-qr': pair('扫付款码', 'CUSTOMER CODE SCANNED'),
  'merchant-qr': pair('顾客扫商户码', 'MERCHANT CODE SHOWN'),
};

/** What the slip says about cardholder verification when no signature line is printed. */
export const CVM_STATEMENTS: Readonly<Record<ReceiptCvm, Bilingual>> = {
  'online-pin': pair('密码已验证', 'PIN VERIFIED'),
  'offline-pin': pair('密码已验证', 'PIN VERIFIED'),
  'offline-pin-and-signature': pair('密码已验证,需签名', 'PIN VERIFIED, SIGNATURE REQUIRED'),
  signature: pair('需持卡人签名', 'SIGNATURE REQUIRED'),
  cdcvm: pair('已在持卡人设备上验证', 'VERIFIED ON CARDHOLDER DEVICE'),
  'no-cvm': pair('免密免签', 'NO CVM'),
};

/** "商户编号 MERCHANT NO." in zh-CN, "MERCHANT NO. 商户编号" in English. */
export function both(text: Bilingual, language: ReceiptLanguage): string {
  return text.zh === text.en ? text.en : language === 'zh-CN' ? `${text.zh} ${text.en}` : `${text.en} ${text.zh}`;
}

export function primary(text: Bilingual, language: ReceiptLanguage): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

export function secondary(text: Bilingual, language: ReceiptLanguage): string {
  return language === 'zh-CN' ? text.en : text.zh;
}
