// E-CTLS-03NN (EMV Contactless Book C-3, Visa qVSDC) and E-CTLS-07NN (Book C-7, UnionPay
// QuickPass qPBOC): card data the quick kernels cannot use. Context carries the step, tag and
// status word: never card data.
import { defineErrors } from '../entry.js';

const otherInterface = {
  en: 'This card cannot be read contactless here: insert the card, or use another card.',
  zh: '本终端无法以非接方式读取此卡:请插卡,或换一张卡。',
};
const presentAgain = { en: 'Ask the cardholder to present the card again.', zh: '请持卡人重新挥卡。' };

export const contactlessQuickErrors = defineErrors({
  'E-CTLS-0301': { en: 'Visa card answer to GET PROCESSING OPTIONS lacks qVSDC data', zh: 'Visa 卡对"获取处理选项"的响应缺少 qVSDC 数据', fix: otherInterface },
  'E-CTLS-0302': { en: 'Visa card refused GET PROCESSING OPTIONS', zh: 'Visa 卡拒绝"获取处理选项"指令', fix: otherInterface },
  'E-CTLS-0303': { en: 'Visa card data object has the wrong length or format', zh: 'Visa 卡数据对象的长度或格式错误', fix: otherInterface },
  'E-CTLS-0304': { en: 'Visa card left the field during the transaction', zh: '交易过程中 Visa 卡离开了感应区', fix: presentAgain },
  'E-CTLS-0701': { en: 'UnionPay card answer to GET PROCESSING OPTIONS lacks qPBOC data', zh: '银联卡对"获取处理选项"的响应缺少 qPBOC 数据', fix: otherInterface },
  'E-CTLS-0702': { en: 'UnionPay card refused GET PROCESSING OPTIONS', zh: '银联卡拒绝"获取处理选项"指令', fix: otherInterface },
  'E-CTLS-0703': { en: 'UnionPay card data object has the wrong length or format', zh: '银联卡数据对象的长度或格式错误', fix: otherInterface },
  'E-CTLS-0704': { en: 'UnionPay card left the field during the transaction', zh: '交易过程中银联卡离开了感应区', fix: presentAgain },
});
