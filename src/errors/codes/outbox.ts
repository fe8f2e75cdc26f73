// E-OUTBOX: the channel's durable outbox (src/channel/outbox*), the SQLite file that holds every
// message the backend must receive. Context holds paths, SQLite result codes, kinds and counts,
// never a message's payload (a transaction upload carries the journal record).
import { defineErrors } from '../entry.js';

export const outboxErrors = defineErrors({
  'E-OUTBOX-0001': {
    en: 'Outbox database could not be opened',
    zh: '无法打开待发送消息库(outbox)',
    fix: {
      en: 'Check that the data directory exists, is writable by posrt and has free space; the error names the path and the SQLite code.',
      zh: '请确认数据目录存在、posrt 有写权限且磁盘有剩余空间;错误中注明了路径和 SQLite 错误码。',
    },
  },
  'E-OUTBOX-0002': {
    en: 'Outbox database is damaged (integrity check failed); it was left untouched',
    zh: '待发送消息库已损坏(完整性检查未通过),文件未做任何改动',
    fix: {
      en: 'Run the outbox salvage (salvageOutbox): it moves the damaged files aside as <name>.corrupt-<time>, copies every readable message into a new outbox and reports the sequence numbers it could not read, if any. Messages are sent again; the backend drops the ones it already has by their ids. Keep the .corrupt files for support.',
      zh: '请执行消息库抢救(salvageOutbox):它把损坏的文件改名为 <文件名>.corrupt-<时间> 保留,将所有可读的消息复制到新库,并报告无法读出的消息序号范围(如有)。消息会重新发送,后台按消息 ID 丢弃已收到的重复消息。请保留 .corrupt 文件以便技术支持分析。',
    },
  },
  'E-OUTBOX-0003': {
    en: 'Outbox database is in use by another process',
    zh: '待发送消息库正被另一个进程使用',
    fix: {
      en: 'Only one posrt may run per data directory: stop the other instance (see the path in the error) and start again.',
      zh: '每个数据目录只能运行一个 posrt:请停止另一个实例(路径见错误信息)后重新启动。',
    },
  },
  'E-OUTBOX-0004': {
    en: 'Message id was already used for a different message',
    zh: '消息 ID 已被另一条不同的消息使用',
    fix: {
      en: 'This is a program error: an idempotency id must name one message only. The queued message was kept; fix the code that made the id (the error names the id and kind).',
      zh: '这是程序错误:幂等 ID 只能对应一条消息。已排队的消息保持不变;请修正生成该 ID 的代码(错误中注明了 ID 和类型)。',
    },
  },
  'E-OUTBOX-0005': {
    en: 'Message id is not valid (1 to 128 printable ASCII characters)',
    zh: '消息 ID 无效(应为 1 到 128 个可打印 ASCII 字符)',
    fix: {
      en: 'This is a program error: build ids from the transaction or event identifiers, in printable ASCII.',
      zh: '这是程序错误:请用交易或事件标识生成 ID,只用可打印 ASCII 字符。',
    },
  },
  'E-OUTBOX-0006': {
    en: 'Outbox could not write to its database; the message was not stored',
    zh: '待发送消息库写入失败,消息未保存',
    fix: {
      en: 'Free space on the data partition or replace the storage if it reports I/O errors; the caller must treat the message as not queued and try again.',
      zh: '请清理数据分区空间;如报告 I/O 错误请更换存储。调用方应视该消息为未入队并重试。',
    },
  },
});
