// E-DOL: data object lists (PDOL, CDOL, DDOL, TDOL), EMV Book 3 §5.4. Each parse error names
// the offset inside the DOL where the fault starts.
import { defineErrors } from '../entry.js';

const badCardData = { en: 'The card sent a malformed data list: remove it and try again, or use another card.', zh: '卡片返回的数据列表格式错误:请取出卡片重试,或换一张卡。' };

export const dolErrors = defineErrors({
  'E-DOL-0001': { en: 'Data object list ends inside a tag', zh: '数据对象列表在标签中途结束', fix: badCardData },
  'E-DOL-0002': { en: 'Data object list ends inside a length field', zh: '数据对象列表在长度字段中途结束', fix: badCardData },
  'E-DOL-0003': { en: 'Data object list has a length field EMV does not allow', zh: '数据对象列表的长度字段格式不符合 EMV 规定', fix: badCardData },
  'E-DOL-0004': { en: 'Data object list has a malformed tag', zh: '数据对象列表中的标签格式错误', fix: badCardData },
});
