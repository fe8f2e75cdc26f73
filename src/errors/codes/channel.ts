// E-CHAN: the management channel's contract and device identity (src/protos, src/channel).
// Context holds paths, modes, lengths, sequence numbers and ids, never a key, token or payload.
import { defineErrors } from '../entry.js';

export const channelErrors = defineErrors({
  'E-CHAN-0001': {
    en: 'A value does not fit the 64-bit protobuf field it is meant for',
    zh: '数值超出 64 位 protobuf 字段的范围',
    fix: {
      en: 'This is a program error: the value (an amount, time or counter) must be checked before it is put into a channel message. Report it with the context.',
      zh: '这是程序错误:金额、时间或计数在写入通道消息前必须先校验范围。请附上错误上下文报告此问题。',
    },
  },
});
