// E-AUDIT: the terminal's tamper-evident audit log (src/payment/audit-*), a hash chain in its
// own SQLite file. Context holds paths, sequence numbers and entry kinds, never an entry's
// details (the caller's own fields) and never card data.
import { defineErrors } from '../entry.js';

export const auditErrors = defineErrors({
  'E-AUDIT-0001': {
    en: 'Audit log could not be opened',
    zh: '无法打开审计日志',
    fix: {
      en: 'Check that the data directory exists, is writable by posrt and has free space; the error names the path and the SQLite code.',
      zh: '请确认数据目录存在、posrt 有写权限且磁盘有剩余空间;错误中注明了路径和 SQLite 错误码。',
    },
  },
  'E-AUDIT-0002': {
    en: 'Audit log file is damaged (integrity check failed); it was left untouched',
    zh: '审计日志文件已损坏(完整性检查未通过),文件未做任何改动',
    fix: {
      en: 'Keep the file for investigation and contact support: the entries already uploaded are at the operations centre. Do not delete it to make the terminal start.',
      zh: '请保留该文件以备调查并联系技术支持:已上传的记录保存在运营中心。请勿为使终端启动而删除该文件。',
    },
  },
  'E-AUDIT-0003': {
    en: 'Audit log is in use by another process',
    zh: '审计日志正被另一个进程使用',
    fix: {
      en: 'Only one posrt may run per data directory: stop the other instance (see the path in the error) and start again.',
      zh: '每个数据目录只能运行一个 posrt:请停止另一个实例(路径见错误信息)后重新启动。',
    },
  },
  'E-AUDIT-0004': {
    en: 'Audit log could not be written; the operation was not recorded',
    zh: '审计日志写入失败,该操作未被记录',
    fix: {
      en: 'Free space on the data partition or replace the storage if it reports I/O errors. The operation that needed the record must not go ahead until it is written.',
      zh: '请清理数据分区空间;如报告 I/O 错误请更换存储。在记录写入成功之前,需要记录的操作不得继续。',
    },
  },
  'E-AUDIT-0005': {
    en: 'Audit entry details may not hold card data or secrets',
    zh: '审计记录的详情中不得包含卡数据或密钥、密码',
    fix: {
      en: 'This is a program error: details carry ids, amounts, codes and names only. Remove the field the error names (a PAN-shaped number, or a field such as pan, track2, pin, key or password).',
      zh: '这是程序错误:详情只能包含编号、金额、代码和名称。请去掉错误中注明的字段(形似卡号的数字,或 pan、track2、pin、key、password 等字段)。',
    },
  },
  'E-AUDIT-0006': {
    en: 'Audit log has been tampered with: an entry was edited, removed, reordered or cut off',
    zh: '审计日志被篡改:有记录被修改、删除、调换顺序或截断',
    fix: {
      en: 'Keep the terminal and its data directory as they are and contact support: the error names the first sequence number that does not verify. The operations centre holds the uploaded entries to compare with.',
      zh: '请保持终端及其数据目录原样并联系技术支持:错误中注明了第一条校验失败的记录序号。运营中心保存有已上传的记录,可用于比对。',
    },
  },
  'E-AUDIT-0007': {
    en: 'Audit log was replaced by an older copy of itself after its entries were uploaded; its new entries cannot be sent',
    zh: '审计日志在记录上传后被替换为其旧副本,新的记录无法上传',
    fix: {
      en: 'Keep the terminal, audit.db and outbox.db as they are and contact support: the operations centre holds the log as uploaded up to the sequence number the error names, and the entries written after the copy differ from it. The new entries stay on the terminal and go once the outbox forgets the earlier ones (7 days); the centre then raises audit-chain-broken for them.',
      zh: '请保持终端及 audit.db、outbox.db 原样并联系技术支持:运营中心保存有已上传的日志,直至错误中注明的序号,而旧副本之后写入的记录与之不同。新的记录保留在终端上,待发件箱不再记得之前的记录(7 天)后上传;届时运营中心会对其发出 audit-chain-broken 告警。',
    },
  },
});
