// E-MSR: the magnetic stripe reader over serial (ISO/IEC 7811-2 tracks as ASCII with their
// LRC, ISO/IEC 7813 fields). Context holds track numbers, offsets and lengths, never track data.
import { defineErrors } from '../entry.js';

export const msrErrors = defineErrors({
  'E-MSR-0001': {
    en: 'Card reader (magnetic stripe) port could not be opened',
    zh: '无法打开磁条读卡器端口',
    fix: {
      en: 'Check that the magnetic stripe reader is connected and that no other program holds its port.',
      zh: '请确认磁条读卡器已连接,且端口未被其他程序占用。',
    },
  },
  'E-MSR-0002': {
    en: 'Magnetic stripe reader was disconnected',
    zh: '磁条读卡器已断开连接',
    fix: {
      en: 'Reconnect the magnetic stripe reader; the terminal finds it again by itself.',
      zh: '请重新连接磁条读卡器;终端会自动重新识别。',
    },
  },
  'E-MSR-0003': {
    en: 'Card swipe could not be read: track framing is wrong',
    zh: '刷卡失败:磁道起止符错误',
    fix: { en: 'Swipe the card again, in one smooth movement.', zh: '请重新刷卡,匀速一次刷过。' },
  },
  'E-MSR-0004': {
    en: 'Card swipe could not be read: check character (LRC) is wrong',
    zh: '刷卡失败:磁道校验(LRC)错误',
    fix: { en: 'Swipe the card again, in one smooth movement.', zh: '请重新刷卡,匀速一次刷过。' },
  },
  'E-MSR-0005': {
    en: 'Card swipe could not be read: a character failed its parity check',
    zh: '刷卡失败:磁道字符奇偶校验错误',
    fix: { en: 'Swipe the card again; if it keeps failing, the stripe is damaged: key the card in or use the chip.', zh: '请重新刷卡;如仍失败,说明磁条损坏:请手工输入卡号或使用芯片。' },
  },
  'E-MSR-0006': {
    en: 'Card stripe data is not in the financial card format',
    zh: '磁条数据不符合银行卡格式',
    fix: { en: 'This card cannot be used for payment by swipe: use the chip or another card.', zh: '该卡不能刷卡支付:请使用芯片或换一张卡。' },
  },
  'E-MSR-0007': {
    en: 'Chip card: insert the card instead of swiping',
    zh: '芯片卡:请插卡,不要刷卡',
    fix: {
      en: 'Insert the card into the chip reader. Swiping is allowed only after the chip could not be read.',
      zh: '请将卡片插入芯片读卡口。只有在芯片无法读取时才允许刷卡。',
    },
  },
  'E-MSR-0008': {
    en: 'Magnetic stripe reader sent more data than a card holds',
    zh: '磁条读卡器发送的数据超出卡片容量',
    fix: { en: 'Swipe the card again; if it keeps happening, check the reader\'s settings (terminator CR).', zh: '请重新刷卡;如反复出现,请检查读卡器设置(结束符 CR)。' },
  },
});
