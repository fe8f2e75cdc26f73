// E-CRYPTO: cryptographic operations and keys (src/security). Context carries lengths, field
// names and algorithm names only: never a key, a PAN or the data being protected.
import { defineErrors } from '../entry.js';

const programmingError = {
  en: 'This is a programming or configuration error: report it with the field and lengths named.',
  zh: '这是程序或配置错误:请报告并注明错误中的字段和长度。',
};

export const cryptoErrors = defineErrors({
  'E-CRYPTO-0001': {
    en: 'Key has the wrong length for the algorithm',
    zh: '密钥长度与算法不符',
    fix: {
      en: 'Load the key again and check its length: 8 bytes for DES, 16 or 24 for TDES, 16, 24 or 32 for AES.',
      zh: '请重新加载密钥并检查长度:DES 为 8 字节,TDES 为 16 或 24 字节,AES 为 16、24 或 32 字节。',
    },
  },
  'E-CRYPTO-0002': {
    en: 'Data length is not a multiple of the cipher block size',
    zh: '数据长度不是分组长度的整数倍',
    fix: programmingError,
  },
  'E-CRYPTO-0003': {
    en: 'A cryptographic input field has the wrong length',
    zh: '密码运算输入字段长度错误',
    fix: programmingError,
  },
  'E-CRYPTO-0004': {
    en: 'Account number is not 1 to 19 decimal digits',
    zh: '账号不是 1 到 19 位十进制数字',
    fix: {
      en: 'Check the card data read or the account number configured for the card profile.',
      zh: '请检查读到的卡片数据或卡片配置中的账号。',
    },
  },
  'E-CRYPTO-0005': {
    en: 'PAN sequence number is not two decimal digits',
    zh: '卡序列号不是两位十进制数字',
    fix: {
      en: 'Give the PAN sequence number (tag 5F34) as two digits, e.g. 01.',
      zh: '请以两位数字给出卡序列号(标签 5F34),如 01。',
    },
  },
  'E-CRYPTO-0006': {
    en: 'Requested MAC length is outside what the algorithm allows',
    zh: '请求的 MAC 长度超出算法允许范围',
    fix: programmingError,
  },
});
