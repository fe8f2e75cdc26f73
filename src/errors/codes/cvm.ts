// E-CVM: cardholder verification (EMV Book 3 §10.5) and the PIN data it hands a PIN pad.
// Context carries counts, lengths and step names only: never a PIN, a PIN block or a PAN.
import { defineErrors } from '../entry.js';

export const cvmErrors = defineErrors({
  'E-CVM-0001': {
    en: 'Cardholder verification was given an impossible transaction (negative amount or currency code out of range)',
    zh: '持卡人验证收到的交易数据不合法(金额为负或货币代码超出范围)',
    fix: {
      en: 'This is a programming or configuration error: check the amount and currency codes the terminal passes in.',
      zh: '这是程序或配置错误:请检查终端传入的金额和货币代码。',
    },
  },
  'E-CVM-0002': {
    en: 'The PIN pad reported more wrong PIN attempts than any card allows',
    zh: '密码键盘报告的错误密码次数超过了任何卡片允许的上限',
    fix: {
      en: 'Remove the card and try again; if it repeats, service the PIN pad.',
      zh: '请取出卡片重试;如果反复出现,请维修密码键盘。',
    },
  },
  'E-CVM-0003': {
    en: 'A PIN must be 4 to 12 decimal digits',
    zh: '密码必须是 4 到 12 位数字',
    fix: {
      en: 'Enter a PIN of 4 to 12 digits.',
      zh: '请输入 4 到 12 位数字的密码。',
    },
  },
});
