// E-CTLS: how a contactless transaction ends when Entry Point (EMV Contactless Book B) cannot
// hand it to a kernel or cannot finish it.
import { defineErrors } from '../entry.js';

export const contactlessErrors = defineErrors({
  'E-CTLS-0001': {
    en: 'The amount is not allowed on the contactless interface for any application of this terminal',
    zh: '该金额不允许非接触交易',
    fix: { en: 'Ask the cardholder to insert or swipe the card.', zh: '请持卡人插卡或刷卡。' },
  },
  'E-CTLS-0002': {
    en: 'The card offers no contactless application this terminal accepts',
    zh: '卡片没有本终端支持的非接触应用',
    fix: { en: 'Insert, swipe or try another card.', zh: '请插卡、刷卡或换一张卡。' },
  },
  'E-CTLS-0003': {
    en: 'The contactless transaction restarted too many times',
    zh: '非接触交易重试次数过多',
    fix: { en: 'Start the transaction again, or insert the card.', zh: '请重新发起交易,或改为插卡。' },
  },
  'E-CTLS-0004': {
    en: 'More than one card stayed in the field',
    zh: '感应区内有多张卡',
    fix: { en: 'Ask the cardholder to present one card only and start again.', zh: '请只出示一张卡后重新发起交易。' },
  },
});
