// E-QR: scan-to-pay codes (src/payment/qr) — EMV merchant-presented payloads the terminal builds
// or reads, and consumer-presented payment codes from the scanner. Context names data object
// IDs, offsets and lengths only, never a payment code or card data.
import { defineErrors } from '../entry.js';

const rebuild = {
  en: 'Check the merchant QR settings (account information, category code, name, city) named in the error; a code the terminal cannot build is not shown.',
  zh: '请检查错误中指出的商户二维码参数(收款账户信息、商户类别码、名称、城市);无法生成的二维码不会展示。',
};

export const qrErrors = defineErrors({
  'E-QR-0001': {
    en: 'Payment QR payload is malformed (ID, length or value runs past the end)',
    zh: '付款二维码数据结构错误(标识、长度或取值越界)',
    fix: { en: 'Ask the merchant for a new code, or scan again; a code that keeps failing is not a valid EMV payment code.', zh: '请让商户重新生成二维码或重新扫描;反复失败说明该码不是有效的 EMV 付款码。' },
  },
  'E-QR-0002': {
    en: 'Payment QR checksum (CRC) does not match',
    zh: '付款二维码校验值(CRC)不符',
    fix: { en: 'Scan the code again; a code that keeps failing has been altered or damaged and must not be paid.', zh: '请重新扫描;反复失败说明二维码已被篡改或损坏,不得付款。' },
  },
  'E-QR-0003': {
    en: 'Payment QR payload lacks a mandatory data object or has it out of place',
    zh: '付款二维码缺少必备数据元或位置不正确',
    fix: rebuild,
  },
  'E-QR-0004': {
    en: 'Payment QR data object has a value out of form',
    zh: '付款二维码数据元取值格式不正确',
    fix: rebuild,
  },
  'E-QR-0005': {
    en: 'Scanned code is not a payment code this terminal accepts',
    zh: '扫描的码不是本终端受理的付款码',
    fix: { en: 'Ask the customer to open the payment code (UnionPay, Alipay or WeChat Pay) in their app and scan it again.', zh: '请让顾客在应用中打开付款码(银联、支付宝或微信支付)后重新扫描。' },
  },
  'E-QR-0006': {
    en: 'EMV consumer-presented payment code is malformed',
    zh: 'EMV 付款码(持卡人出示)格式错误',
    fix: { en: 'Ask the customer to refresh the payment code in their app and scan it again.', zh: '请让顾客在应用中刷新付款码后重新扫描。' },
  },
});
