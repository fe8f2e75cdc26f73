// E-TXN: how a card transaction ends when it cannot complete.
import { defineErrors } from '../entry.js';

export const txnErrors = defineErrors({
  'E-TXN-0001': {
    en: 'The cardholder cancelled PIN entry or let it time out',
    zh: '持卡人取消了密码输入或输入超时',
    fix: { en: 'Start the transaction again if the cardholder wishes to pay.', zh: '如持卡人仍要付款,请重新发起交易。' },
  },
});
