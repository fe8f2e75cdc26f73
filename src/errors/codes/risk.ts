// E-RISK: processing restrictions, terminal risk management and terminal action analysis
// (src/emv/restrictions, risk, action-analysis). Context names tags and fields, never card data.
import { defineErrors } from '../entry.js';

const configurationError = {
  en: 'This is a programming or configuration error: report it with the field named in the error.',
  zh: '这是程序或配置错误:请报告并注明错误中的字段。',
};

export const riskErrors = defineErrors({
  'E-RISK-0001': {
    en: 'A card date is not a valid YYMMDD date',
    zh: '卡片日期不是有效的 YYMMDD 日期',
    fix: {
      en: 'The card holds a malformed date: decline the transaction and ask the cardholder to contact the issuer.',
      zh: '卡片中的日期格式错误:请拒绝交易,并请持卡人联系发卡行。',
    },
  },
  'E-RISK-0002': {
    en: 'A terminal risk parameter is out of range',
    zh: '终端风险参数超出范围',
    fix: configurationError,
  },
});
