// EMV Book 3 Annex C3 Table 44 (CVM condition codes) as Book 3 §10.5 applies them: a condition
// the terminal does not understand, or whose data is missing, is a condition not satisfied.
import type { CvmCondition, CvRule } from './cv-rule.js';
import type { CvmList } from './cvm-list.js';
import { terminalSupports } from './terminal-support.js';
import { isUnattended, type CvmTransaction } from './transaction.js';

export function conditionSatisfied(rule: CvRule, list: CvmList, tx: CvmTransaction): boolean {
  const condition: CvmCondition = rule.condition;
  if (typeof condition !== 'string') return false;
  const unattended = isUnattended(tx.terminalType);
  switch (condition) {
    case 'always':
      return true;
    case 'unattended-cash':
      return tx.type === 'cash' && unattended;
    case 'not-unattended-cash-manual-cash-or-cashback':
      return tx.type !== 'cash' && tx.type !== 'cashback';
    case 'terminal-supports-cvm':
      return terminalSupports(rule.method, tx.terminalCapabilities);
    case 'manual-cash':
      return tx.type === 'cash' && !unattended;
    case 'cashback':
      return tx.type === 'cashback';
    case 'under-x':
      return inApplicationCurrency(tx) && tx.amount < list.amountX;
    case 'over-x':
      return inApplicationCurrency(tx) && tx.amount > list.amountX;
    case 'under-y':
      return inApplicationCurrency(tx) && tx.amount < list.amountY;
    case 'over-y':
      return inApplicationCurrency(tx) && tx.amount > list.amountY;
  }
}

/** X and Y are in the application currency: they mean nothing for another currency (or when
 *  the card gave no Application Currency Code). */
function inApplicationCurrency(tx: CvmTransaction): boolean {
  return tx.applicationCurrency !== undefined && tx.applicationCurrency === tx.currency;
}
