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
  'E-CRYPTO-0007': {
    en: 'PIN block does not decode: its control field, PIN length, filler or digits are not what the format requires',
    zh: 'PIN 块无法解码:其控制字段、PIN 长度、填充或数字不符合格式要求',
    fix: {
      en: 'Check that the PIN block format, the key and the account number match the ones used to build the block.',
      zh: '请检查 PIN 块格式、密钥和账号是否与生成该 PIN 块时使用的一致。',
    },
  },
  'E-CRYPTO-0008': {
    en: 'PIN block format not supported here',
    zh: '此处不支持该 PIN 块格式',
    fix: {
      en: 'Use ISO 9564-1 format 0, 1, 3 or 4 (format 2 is only for offline PIN to the card).',
      zh: '请使用 ISO 9564-1 格式 0、1、3 或 4(格式 2 仅用于向卡片提交脱机 PIN)。',
    },
  },
  'E-CRYPTO-0009': {
    en: 'Key serial number is not valid for DUKPT',
    zh: '密钥序列号(KSN)不符合 DUKPT 要求',
    fix: {
      en: 'Give the KSN as 10 bytes for TDES DUKPT or 12 bytes for AES DUKPT, with a transaction counter that is not zero and has at most the allowed number of one bits.',
      zh: 'TDES DUKPT 的 KSN 为 10 字节,AES DUKPT 为 12 字节;交易计数器不能为零,且置位的比特数不能超过允许的上限。',
    },
  },
  'E-CRYPTO-0010': {
    en: 'DUKPT cannot derive this working key type from this initial key',
    zh: 'DUKPT 无法从该初始密钥派生此类型的工作密钥',
    fix: {
      en: 'Derive an AES working key no longer than the base derivation key (ANSI X9.24-3), or use a TDES working key.',
      zh: '请派生长度不超过基础派生密钥的 AES 工作密钥(ANSI X9.24-3),或改用 TDES 工作密钥。',
    },
  },
  'E-CRYPTO-0011': {
    en: 'TR-31 key block is malformed',
    zh: 'TR-31 密钥块格式错误',
    fix: {
      en: 'Check that the whole key block was copied (header, optional blocks, encrypted key and MAC) and that its length field matches.',
      zh: '请检查密钥块是否完整复制(头部、可选块、加密密钥和 MAC),以及长度字段是否一致。',
    },
  },
  'E-CRYPTO-0012': {
    en: 'TR-31 key block MAC does not verify: wrong key block protection key, or the block was altered',
    zh: 'TR-31 密钥块 MAC 校验失败:密钥块保护密钥错误,或密钥块已被篡改',
    fix: {
      en: 'Check the key block protection key (compare its check value with the sender) and obtain the key block again.',
      zh: '请核对密钥块保护密钥(与发送方比对校验值),并重新获取密钥块。',
    },
  },
  'E-CRYPTO-0013': {
    en: 'TR-31 key block version not supported',
    zh: '不支持该 TR-31 密钥块版本',
    fix: {
      en: 'Ask for the key block in version B (TDES) or D (AES), the key derivation binding methods.',
      zh: '请要求对方以 B 版(TDES)或 D 版(AES)——即密钥派生绑定方式——提供密钥块。',
    },
  },
});
