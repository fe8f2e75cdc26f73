// E-OPER: operators, roles and sign-in on the terminal (src/payment/operator-*, roles,
// supervisor approval, shifts). Context holds operator ids, roles, actions, times and counts,
// never a password, a hash or a salt.
import { defineErrors } from '../entry.js';

export const operatorErrors = defineErrors({
  'E-OPER-0001': {
    en: 'Operator database could not be opened',
    zh: '无法打开操作员数据库',
    fix: {
      en: 'Check that the data directory exists, is writable by posrt and has free space; the error names the path and the SQLite code.',
      zh: '请确认数据目录存在、posrt 有写权限且磁盘有剩余空间;错误中注明了路径和 SQLite 错误码。',
    },
  },
  'E-OPER-0002': {
    en: 'Operator database is damaged (integrity check failed); it was left untouched',
    zh: '操作员数据库已损坏(完整性检查未通过),文件未做任何改动',
    fix: {
      en: 'Move the file aside (keep it for support) and restart: the operator table comes again from the operations centre at the next parameter download. Lockouts and open shifts in the damaged file are lost.',
      zh: '请将该文件移走(保留以便技术支持分析)后重启:下次参数下载时会从运营中心重新获得操作员表。损坏文件中的锁定状态和未结束的班次会丢失。',
    },
  },
  'E-OPER-0003': {
    en: 'Operator database is in use by another process',
    zh: '操作员数据库正被另一个进程使用',
    fix: {
      en: 'Only one posrt may run per data directory: stop the other instance (see the path in the error) and start again.',
      zh: '每个数据目录只能运行一个 posrt:请停止另一个实例(路径见错误信息)后重新启动。',
    },
  },
  'E-OPER-0004': {
    en: 'Operator database could not be written; nothing was changed',
    zh: '操作员数据库写入失败,未做任何更改',
    fix: {
      en: 'Free space on the data partition or replace the storage if it reports I/O errors, then try again.',
      zh: '请清理数据分区空间;如报告 I/O 错误请更换存储,然后重试。',
    },
  },
  'E-OPER-0005': {
    en: 'Operator id or password is wrong',
    zh: '操作员号或密码错误',
    fix: {
      en: 'Type the operator id and password again. After too many wrong passwords the operator is locked out for a while.',
      zh: '请重新输入操作员号和密码。密码连续错误次数过多时,该操作员将被锁定一段时间。',
    },
  },
  'E-OPER-0006': {
    en: 'Operator is locked out after too many wrong passwords',
    zh: '密码错误次数过多,该操作员已被锁定',
    fix: {
      en: 'Wait until the time in the error and try again, or sign in as another operator. The operations centre has been told.',
      zh: '请等到错误中注明的时间后再试,或换其他操作员登录。运营中心已收到通知。',
    },
  },
  'E-OPER-0007': {
    en: 'Operator is not bound to this terminal (operator mismatch); sign-in refused',
    zh: '操作员未绑定本终端(使用者不一致),拒绝登录',
    fix: {
      en: 'Sign in on the terminal you are assigned to, or ask the operations centre to bind you to this terminal (its id is in the error). The operations centre has been alerted.',
      zh: '请在分配给您的终端上登录,或请运营中心将您绑定到本终端(终端号见错误信息)。已向运营中心告警。',
    },
  },
  'E-OPER-0008': {
    en: 'Operator is suspended',
    zh: '该操作员已被停用',
    fix: {
      en: 'Ask the operations centre to reactivate the operator, or sign in as another operator.',
      zh: '请联系运营中心重新启用该操作员,或换其他操作员登录。',
    },
  },
  'E-OPER-0009': {
    en: 'No operator is signed in',
    zh: '当前没有操作员登录',
    fix: {
      en: 'Sign in with your operator id and password (the terminal signs out by itself after a while without use).',
      zh: '请用操作员号和密码登录(终端闲置一段时间后会自动退出登录)。',
    },
  },
  'E-OPER-0010': {
    en: 'This operation needs a supervisor\'s approval',
    zh: '该操作需要主管授权',
    fix: {
      en: 'Ask a supervisor to enter their operator id and password on this terminal to approve it.',
      zh: '请主管在本终端输入主管操作员号和密码进行授权。',
    },
  },
  'E-OPER-0011': {
    en: 'This operation needs an administrator',
    zh: '该操作需要管理员权限',
    fix: {
      en: 'Ask an administrator to enter their operator id and password on this terminal.',
      zh: '请管理员在本终端输入管理员操作员号和密码。',
    },
  },
  'E-OPER-0012': {
    en: 'The approving operator\'s role may not approve this operation',
    zh: '授权人的角色无权批准该操作',
    fix: {
      en: 'The approval needs an operator whose role allows the operation itself (supervisor for refunds and voids, administrator for settings). Ask one to enter their id and password.',
      zh: '授权人本身须有权执行该操作(退货、撤销需主管,设置需管理员)。请相应人员输入其操作员号和密码。',
    },
  },
  'E-OPER-0013': {
    en: 'Operator table is not valid; it was not used',
    zh: '操作员表无效,未被使用',
    fix: {
      en: 'The operations centre sent an operator table with a problem named in the error (duplicate id, unknown role, bad password verifier). The terminal keeps its previous table; correct the table at the operations centre.',
      zh: '运营中心下发的操作员表有问题(错误中注明:重复的操作员号、未知角色、密码校验值格式错误等)。终端继续使用原操作员表;请在运营中心更正。',
    },
  },
  'E-OPER-0014': {
    en: 'A shift is already open for this operator',
    zh: '该操作员已签到,班次尚未结束',
    fix: {
      en: 'Carry on in the open shift, or sign it off (签退) first to start a new one.',
      zh: '请继续当前班次,或先签退后再重新签到。',
    },
  },
  'E-OPER-0015': {
    en: 'No shift is open for this operator',
    zh: '该操作员尚未签到',
    fix: {
      en: 'Sign on (签到) to start a shift first.',
      zh: '请先签到开始班次。',
    },
  },
  'E-OPER-0016': {
    en: 'Operator id is not valid (1 to 32 printable ASCII characters)',
    zh: '操作员号无效(应为 1 到 32 个可打印 ASCII 字符)',
    fix: {
      en: 'Type the operator id as it was given to you (digits, usually four).',
      zh: '请按分配给您的操作员号输入(通常为四位数字)。',
    },
  },
  'E-OPER-0017': {
    en: 'Password hashing parameters are not valid',
    zh: '密码哈希参数无效',
    fix: {
      en: 'This is a program or table error: scrypt needs N a power of two above 1, r and p at least 1, a salt of 16 bytes or more and a hash of 32 bytes or more (the error names the one that is wrong).',
      zh: '这是程序或参数表错误:scrypt 要求 N 为大于 1 的 2 的幂,r 和 p 至少为 1,盐至少 16 字节,哈希至少 32 字节(错误中注明了出错的参数)。',
    },
  },
  'E-OPER-0018': {
    en: 'The approval was given for another operation',
    zh: '该授权不是针对此操作的',
    fix: {
      en: 'This is a program error: an approval covers the one operation it was asked for, once. Ask for a new approval for this operation.',
      zh: '这是程序错误:一次授权只对所申请的那一笔操作有效且只能使用一次。请为该操作重新申请授权。',
    },
  },
});
