// E-BACKEND-02xx: how the backend matched a reversal against the authorisations it answered
// (src/backend/reversal-matching.ts). Each travels to the terminal as ReversalResponse.error_code
// beside its ReversalStatus; the reversal is final either way, the terminal sends it no more.
// 0204 is the other side: the decline of a request that arrived after its own reversal.
// Context holds serials and transaction ids, never card data.
import { defineErrors } from '../entry.js';

export const backendReversalErrors = defineErrors({
  'E-BACKEND-0201': {
    en: 'Reversal: the backend never answered the original authorisation; nothing to undo',
    zh: '冲正:后台未处理过原授权交易,无需冲正',
    fix: {
      en: 'Nothing is held for the cardholder. If the terminal did send the authorisation, check that it went to this backend (same --db) and look for the transaction id in the terminal\'s journal.',
      zh: '持卡人的资金未被冻结。若终端确已发送授权,请确认其发往本后台(同一 --db),并在终端流水中查找该交易 ID。',
    },
  },
  'E-BACKEND-0202': {
    en: 'Reversal: the original authorisation was already reversed by another reversal',
    zh: '冲正:原授权交易已被另一笔冲正撤销',
    fix: {
      en: 'Nothing more to do: the first reversal released the funds. Two reversals for one transaction point to a terminal journal fault; report it with both reversal ids.',
      zh: '无需处理:第一笔冲正已释放资金。同一交易出现两笔冲正说明终端流水异常,请附上两个冲正 ID 报告。',
    },
  },
  'E-BACKEND-0203': {
    en: 'Reversal refused: its amount is above the original authorisation\'s, or in another currency',
    zh: '冲正被拒绝:冲正金额高于原授权金额,或币种不同',
    fix: {
      en: 'The original stays authorised. Compare the terminal\'s journal record of the transaction with the operations centre\'s reversal entry; a terminal fault if they differ — report it with the transaction id.',
      zh: '原授权保持有效。请对照终端流水中的该交易与运行中心的冲正记录;若不一致则为终端故障,请附交易 ID 报告。',
    },
  },
  'E-BACKEND-0204': {
    en: 'The terminal had reversed this transaction before its request arrived; declined (17), not sent to the issuer or wallet',
    zh: '该交易的请求到达前终端已将其冲正;拒绝(17),未发往发卡行或钱包',
    fix: {
      en: 'Nothing was taken or paid out: the request was late (sent again after the link dropped) and the terminal had already recorded it as reversed. Start a new transaction if one is still wanted.',
      zh: '未发生扣款或退款:该请求迟到(断线后重发),终端此前已将其记为冲正。如仍需交易,请重新发起。',
    },
  },
});
