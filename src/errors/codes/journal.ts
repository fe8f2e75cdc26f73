// E-JOURNAL: the payment application's transaction journal (src/payment/journal), the encrypted
// SQLite file every transaction, batch and settlement is written to before the step that can
// fail. Context holds paths, SQLite result codes, transaction ids, phases and field names, never
// card data: the journal is never given a value it would have to leave out of an error.
import { defineErrors } from '../entry.js';

export const journalErrors = defineErrors({
  'E-JOURNAL-0001': {
    en: 'Transaction journal could not be opened',
    zh: '无法打开交易流水库',
    fix: {
      en: 'Check that the data directory exists, is writable by posrt and has free space; the error names the path and the SQLite code. Do not take payments until the journal opens.',
      zh: '请确认数据目录存在、posrt 有写权限且磁盘有剩余空间;错误中注明了路径和 SQLite 错误码。流水库打开之前请勿收款。',
    },
  },
  'E-JOURNAL-0002': {
    en: 'Transaction journal is damaged (integrity check failed); it was left untouched',
    zh: '交易流水库已损坏(完整性检查未通过),文件未做任何改动',
    fix: {
      en: 'Stop taking payments. `pos journal-restore` moves the damaged file (and its -wal file) aside, never deleting it, and puts the newest good local backup in its place; transactions after that backup are only in the damaged file and at the backend: call support with the file named in the error.',
      zh: '请停止收款。`pos journal-restore` 会把损坏的文件(及其 -wal 文件)移到一旁(不删除),并换上最新的完好本地备份;该备份之后的交易只在损坏的文件和后台中:请联系技术支持并提供错误中注明的文件。',
    },
  },
  'E-JOURNAL-0003': {
    en: 'Transaction journal is in use by another process',
    zh: '交易流水库正被另一个进程使用',
    fix: {
      en: 'Only one posrt may run per data directory: stop the other instance (see the path in the error) and start again.',
      zh: '每个数据目录只能运行一个 posrt:请停止另一个实例(路径见错误信息)后重新启动。',
    },
  },
  'E-JOURNAL-0004': {
    en: 'Transaction journal could not write; the step was not recorded',
    zh: '交易流水库写入失败,该步骤未记录',
    fix: {
      en: 'The transaction must not go on: free space on the data partition or replace the storage if it reports I/O errors, then start the transaction again.',
      zh: '交易不能继续:请清理数据分区空间;如报告 I/O 错误请更换存储,然后重新发起交易。',
    },
  },
  'E-JOURNAL-0005': {
    en: 'The journal key does not open this journal',
    zh: '流水库密钥与该流水库不匹配',
    fix: {
      en: 'The device key file was replaced or belongs to another terminal. Put back the key file this journal was made with; without it the journal cannot be read. Call support before removing anything.',
      zh: '设备密钥文件已被替换或属于另一台终端。请恢复创建该流水库时所用的密钥文件;没有它流水库无法读取。删除任何文件前请联系技术支持。',
    },
  },
  'E-JOURNAL-0006': {
    en: 'A journal entry failed its integrity check (altered or moved)',
    zh: '流水记录完整性校验失败(被修改或被挪动)',
    fix: {
      en: 'The stored entry named in the error was changed outside posrt. Keep the journal file for support and report the terminal: its storage may have been tampered with.',
      zh: '错误中注明的记录在 posrt 之外被改动过。请保留流水库文件供技术支持分析,并上报该终端:其存储可能被篡改。',
    },
  },
  'E-JOURNAL-0007': {
    en: 'Transaction step is not allowed from its current state',
    zh: '交易当前状态下不允许该步骤',
    fix: {
      en: 'This is a program error: the error names the transaction, its phase and the step asked for. The journal entry was left as it was.',
      zh: '这是程序错误:错误中注明了交易、当前阶段和请求的步骤。流水记录保持不变。',
    },
  },
  'E-JOURNAL-0008': {
    en: 'No such transaction in the journal',
    zh: '流水库中没有该交易',
    fix: {
      en: 'Check the transaction id or reference; transactions older than the journal keeps are no longer held.',
      zh: '请核对交易号或参考号;超出流水保存期的交易已不再保留。',
    },
  },
  'E-JOURNAL-0009': {
    en: 'Transaction data is not valid for the journal',
    zh: '交易数据不符合流水库要求',
    fix: {
      en: 'This is a program error: the error names the field (amounts are minor units, at most 12 digits; currency is ISO 4217 numeric, 3 digits; operator id is required).',
      zh: '这是程序错误:错误中注明了字段(金额以最小货币单位计,最多 12 位;币种为 3 位 ISO 4217 数字代码;必须有操作员号)。',
    },
  },
  'E-JOURNAL-0010': {
    en: 'The batch cannot be closed while a transaction is in progress',
    zh: '有交易正在进行,不能结算批次',
    fix: {
      en: 'Finish or cancel the transaction in progress, then close the batch again.',
      zh: '请先完成或取消正在进行的交易,再重新结算。',
    },
  },
  'E-JOURNAL-0011': {
    en: 'The original transaction cannot be used for this transaction',
    zh: '原交易不能用于本交易',
    fix: {
      en: 'A void needs an approved transaction of the open batch, not voided already; a completion or cancel an approved pre-authorisation not yet completed or cancelled; a refund at most what the original has left to refund; each the card the original was made with. The error says which rule refused it.',
      zh: '撤销需要本批次内已批准且未撤销的交易;预授权完成或撤销需要已批准、尚未完成或撤销的预授权;退货金额不能超过原交易的可退金额;且须使用原交易的卡。错误中注明了不满足的规则。',
    },
  },
  'E-JOURNAL-0012': {
    en: 'Journal key file is not private to posrt',
    zh: '流水库密钥文件的权限不安全',
    fix: {
      en: 'The key file (or its directory) can be read or changed by others, or is not a regular file of the posrt user. The key may have leaked: call support to re-key the terminal; do not just change the permissions.',
      zh: '密钥文件(或其所在目录)可被他人读取或修改,或不是 posrt 用户的普通文件。密钥可能已泄露:请联系技术支持为终端更换密钥,不要只修改权限。',
    },
  },
  'E-JOURNAL-0013': {
    en: 'Journal key file is damaged',
    zh: '流水库密钥文件已损坏',
    fix: {
      en: 'The key file does not hold a 32-byte key. Restore it from the terminal\'s backup if there is one, and call support: without it the journal cannot be read.',
      zh: '密钥文件中不是 32 字节的密钥。如有备份请从终端备份恢复,并联系技术支持:没有它流水库无法读取。',
    },
  },
  'E-JOURNAL-0014': {
    en: 'Journal key file could not be read or written',
    zh: '无法读写流水库密钥文件',
    fix: {
      en: 'Check the data directory and its storage; the error names the path and the system error.',
      zh: '请检查数据目录及其存储;错误中注明了路径和系统错误码。',
    },
  },
  'E-JOURNAL-0015': {
    en: 'Reconciliation result refused: not for a settlement this terminal sent, or not readable',
    zh: '对账结果被拒绝:不属于本终端发出的结算,或无法解读',
    fix: {
      en: 'The backend answered for a settlement id or batch number the journal does not hold, or with a status, mismatch kind or transaction type the terminal does not know (named in the error); the result was not stored. Report it to the operations centre.',
      zh: '后台应答的结算号或批次号在流水库中不存在,或其中的状态、差异类型或交易类型本终端无法识别(见错误信息),结果未保存。请向运营中心报告。',
    },
  },
  'E-JOURNAL-0016': {
    en: 'Journal key file is missing',
    zh: '缺少流水库密钥文件',
    fix: {
      en: 'A journal exists but its key file does not: restore the key file from the terminal\'s backup and call support. A new key would not open the journal.',
      zh: '流水库存在而密钥文件不存在:请从终端备份恢复密钥文件并联系技术支持。新密钥无法打开原流水库。',
    },
  },
  'E-JOURNAL-0017': {
    en: 'Transaction interrupted by a restart before it reached the host',
    zh: '交易在发往主机前因终端重启而中断',
    fix: {
      en: 'Nothing was authorised and the cardholder was not charged: start the transaction again.',
      zh: '交易未授权,持卡人未被扣款:请重新发起交易。',
    },
  },
  // E-JOURNAL-0018 is retired (issue 7): the channel could not carry settlements and mismatch
  // reports yet; it carries both now. Its number is not given to another error.
  'E-JOURNAL-0019': {
    en: 'Journal backup does not open with this terminal\'s journal key',
    zh: '流水库备份无法用本终端的流水库密钥打开',
    fix: {
      en: 'The file named in the error is not a backup of this terminal\'s journal (another terminal\'s, or made under another key): it was not used. Restore from this terminal\'s own backup directory, or restore the key file this backup was made under first.',
      zh: '错误中注明的文件不是本终端流水库的备份(属于其他终端,或使用其他密钥生成),未被使用。请使用本终端自己的备份目录恢复,或先恢复该备份对应的密钥文件。',
    },
  },
  'E-JOURNAL-0020': {
    en: 'Journal backup is damaged or incomplete',
    zh: '流水库备份已损坏或不完整',
    fix: {
      en: 'The backup named in the error failed its integrity check or does not hold the rows it was made from; it was not used (a new one is removed, the older backups stay). Restore from an older backup with --from, and check the backup medium.',
      zh: '错误中注明的备份未通过完整性检查或行数与原库不符,未被使用(新生成的会被删除,较早的备份保留)。请用 --from 从较早的备份恢复,并检查备份介质。',
    },
  },
  'E-JOURNAL-0021': {
    en: 'Journal backup could not be written',
    zh: '无法写入流水库备份',
    fix: {
      en: 'Payments go on and the previous backups are kept; check that the backup directory named in the error exists, is writable by posrt and has free space.',
      zh: '收款不受影响,之前的备份仍保留;请确认错误中注明的备份目录存在、posrt 有写权限且有剩余空间。',
    },
  },
  'E-JOURNAL-0022': {
    en: 'No usable journal backup to restore',
    zh: '没有可用于恢复的流水库备份',
    fix: {
      en: 'No backup in the directory named in the error opens with this terminal\'s key and passes its integrity check; the journal was left as it was. Name a backup with --from, or call support.',
      zh: '错误中注明的目录中没有能用本终端密钥打开且通过完整性检查的备份,流水库未做改动。请用 --from 指定备份,或联系技术支持。',
    },
  },
  'E-JOURNAL-0023': {
    en: 'Journal is not damaged; restore refused',
    zh: '流水库未损坏,拒绝恢复',
    fix: {
      en: 'The journal passes its integrity check: a backup would only take away the transactions since it was made. Restore only a journal that fails to open as damaged (E-JOURNAL-0002).',
      zh: '流水库通过了完整性检查:用备份替换只会丢失备份之后的交易。仅在流水库因损坏(E-JOURNAL-0002)无法打开时恢复。',
    },
  },
});
