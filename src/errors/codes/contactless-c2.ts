// E-CTLS-02NN: how the Kernel 2 (Mastercard) contactless transaction ends on a card or
// configuration fault (EMV Contactless Book C-2 §4.2.3 Error Indication: L1, L2 and L3 errors).
// Context carries the step, status word or tag: never card data.
import { defineErrors } from '../entry.js';

const presentAgain = { en: 'Ask the cardholder to present the card again and hold it still until the beep.', zh: '请持卡人重新挥卡,并保持卡片静止直到提示音。' };
const otherInterface = { en: 'Insert, swipe or try another card.', zh: '请插卡、刷卡或换一张卡。' };

export const contactlessC2Errors = defineErrors({
  'E-CTLS-0201': { en: 'The card left the field before the kernel finished with it', zh: '卡片在交易完成前离开感应区', fix: presentAgain },
  'E-CTLS-0202': { en: 'The card answered with data the kernel cannot parse', zh: '卡片返回的数据无法解析', fix: otherInterface },
  'E-CTLS-0203': { en: 'The card lacks data Kernel 2 needs', zh: '卡片缺少 Kernel 2 所需的数据', fix: otherInterface },
  'E-CTLS-0204': { en: 'The card refused a command (status bytes)', zh: '卡片拒绝了指令(状态字)', fix: otherInterface },
  'E-CTLS-0205': { en: 'The card data is inconsistent (e.g. a cryptogram it was not asked for)', zh: '卡片数据不一致(例如返回了未请求的密文)', fix: otherInterface },
  'E-CTLS-0206': { en: 'The combined data authentication (CDA) signature did not verify', zh: '复合动态数据认证(CDA)签名验证失败', fix: otherInterface },
  'E-CTLS-0207': {
    en: 'The amount is over the contactless transaction limit for this card',
    zh: '金额超过该卡的非接触交易限额',
    fix: { en: 'Entry Point tries the next application; else insert or swipe the card.', zh: '将尝试下一个应用;否则请插卡或刷卡。' },
  },
  'E-CTLS-0208': {
    en: 'The card supports only mag-stripe mode, which the Kernel 2 configuration does not allow',
    zh: '卡片仅支持磁条模式,而 Kernel 2 配置不允许磁条模式',
    fix: otherInterface,
  },
  'E-CTLS-0209': {
    en: 'The Kernel 2 configuration is invalid',
    zh: 'Kernel 2 配置无效',
    fix: { en: 'Correct the kernel 2 entry of the contactless configuration (field named in the details).', zh: '请修正非接触配置中 Kernel 2 的条目(详情中注明字段)。' },
  },
});
