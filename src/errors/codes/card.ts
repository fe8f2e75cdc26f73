// E-CARD: card responses, APDU exchanges and card sessions (EMV Book 1 §9-12, Book 3 §6-10).
// Context carries the step, status word, SFI, record number, tag or offset: never card data.
import { defineErrors } from '../entry.js';

const retryCard = { en: 'Remove the card and try again; if it happens again, use another card or interface.', zh: '请取出卡片重试;如仍出现,请换一张卡或换一种读卡方式。' };
const otherCard = { en: 'This card cannot be read here: use another card or pay another way.', zh: '本终端无法读取此卡:请换一张卡或换一种支付方式。' };
const programming = { en: 'This is a programming error: report it with the step and reason shown.', zh: '这是程序错误:请报告并注明所示的步骤和原因。' };

export const cardErrors = defineErrors({
  'E-CARD-0001': { en: 'Card response has no status word', zh: '卡片响应缺少状态字', fix: retryCard },
  'E-CARD-0002': { en: 'Exchange with the card failed', zh: '与卡片通信失败', fix: retryCard },
  'E-CARD-0003': { en: 'Card kept announcing more response data', zh: '卡片持续声明还有更多响应数据', fix: retryCard },
  'E-CARD-0004': { en: 'Card asked twice for a different response length', zh: '卡片两次要求更改响应长度', fix: retryCard },
  'E-CARD-0005': { en: 'Command to the card is malformed', zh: '发给卡片的指令格式错误', fix: programming },
  'E-CARD-0006': { en: 'Card file control information is malformed', zh: '卡片文件控制信息(FCI)格式错误', fix: otherCard },
  'E-CARD-0007': { en: 'Card directory record is malformed', zh: '卡片目录记录格式错误', fix: otherCard },
  'E-CARD-0008': { en: 'Card application file locator (AFL) is malformed', zh: '卡片应用文件定位器(AFL)格式错误', fix: otherCard },
  'E-CARD-0009': { en: 'Card response to GET PROCESSING OPTIONS is malformed', zh: '卡片对"获取处理选项"指令的响应格式错误', fix: otherCard },
  'E-CARD-0010': { en: 'Card refused to return a record', zh: '卡片拒绝返回记录', fix: retryCard },
  'E-CARD-0011': { en: 'Card record is not a record template (tag 70)', zh: '卡片记录不是记录模板(标签 70)', fix: otherCard },
  'E-CARD-0012': { en: 'Card record holds malformed data', zh: '卡片记录中的数据格式错误', fix: otherCard },
  'E-CARD-0013': { en: 'Card refused GET PROCESSING OPTIONS', zh: '卡片拒绝"获取处理选项"指令', fix: otherCard },
  'E-CARD-0014': { en: 'Card response to GENERATE AC is malformed', zh: '卡片对"生成应用密文"指令的响应格式错误', fix: otherCard },
  'E-CARD-0015': { en: 'Card refused GENERATE AC', zh: '卡片拒绝"生成应用密文"指令', fix: otherCard },
  'E-CARD-0016': { en: 'Card returned a cryptogram it was not asked for', zh: '卡片返回了未被请求的应用密文类型', fix: otherCard },
  'E-CARD-0017': { en: 'Card record repeats a data object already read', zh: '卡片记录重复了已读取的数据对象', fix: otherCard },
  'E-CARD-0018': { en: 'Card lacks data every EMV application must have', zh: '卡片缺少 EMV 应用必备的数据', fix: otherCard },
});
