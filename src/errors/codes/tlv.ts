// E-TLV: BER-TLV decoding and encoding (EMV Book 3 Annex B). Every decode error carries the
// offset where the fault starts.
import { defineErrors } from '../entry.js';

const badCardData = {
  en: 'The data is malformed at the offset named. From a card: remove it and try again, or use another card.',
  zh: '数据在所示偏移处格式错误。若来自卡片:请取出卡片重试,或换一张卡。',
};

export const tlvErrors = defineErrors({
  'E-TLV-0001': { en: 'TLV data ends inside a tag', zh: 'TLV 数据在标签中途结束', fix: badCardData },
  'E-TLV-0002': { en: 'TLV data ends inside a length field', zh: 'TLV 数据在长度字段中途结束', fix: badCardData },
  'E-TLV-0003': { en: 'TLV length field has a form EMV does not allow', zh: 'TLV 长度字段格式不符合 EMV 规定', fix: badCardData },
  'E-TLV-0004': { en: 'TLV length runs past the end of the data', zh: 'TLV 长度超出数据末尾', fix: badCardData },
  'E-TLV-0005': { en: 'TLV objects are nested too deeply', zh: 'TLV 嵌套层数过深', fix: badCardData },
  'E-TLV-0006': { en: 'TLV tag is longer than four bytes', zh: 'TLV 标签超过四个字节', fix: badCardData },
  'E-TLV-0007': {
    en: 'Invalid TLV tag',
    zh: 'TLV 标签无效',
    fix: { en: 'Give a tag as BER-TLV hex, e.g. 9F02.', zh: '请以 BER-TLV 十六进制形式给出标签,如 9F02。' },
  },
  'E-TLV-0008': {
    en: 'TLV object does not match its tag type (primitive or constructed)',
    zh: 'TLV 对象与其标签类型(基本或结构)不符',
    fix: { en: 'This is a programming error: report it with the tag named.', zh: '这是程序错误:请报告并注明该标签。' },
  },
});
