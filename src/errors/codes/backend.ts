// E-BACKEND: the reference backend (src/backend): enrolment, sessions, storage, the issuer
// simulator. Each refusal also travels to the terminal as ProtocolError.code or a result's
// error_code. Context holds serials, states, lengths and ids, never a token, key, PAN or payload.
import { defineErrors } from '../entry.js';

const sessionAgain = {
  en: 'The session is ended; a genuine terminal opens a new one by itself. If it repeats for one terminal, check what runs on its network path.',
  zh: '会话已结束;正常终端会自动建立新会话。若某台终端反复出现,请检查其网络链路上的设备。',
};

const newToken = {
  en: 'Issue a new one-time provisioning token for the terminal (pos backend --token TOKEN) and enrol it with that.',
  zh: '请为该终端签发新的一次性初始化令牌(pos backend --token 令牌),并用它重新注册。',
};

export const backendErrors = defineErrors({
  'E-BACKEND-0001': {
    en: 'Frame received is not a channel envelope; refused',
    zh: '收到的数据帧不是通道信封,已拒绝',
    fix: sessionAgain,
  },
  'E-BACKEND-0002': {
    en: 'Provisioning token unknown; enrolment refused',
    zh: '初始化令牌无效,注册被拒绝',
    fix: newToken,
  },
  'E-BACKEND-0003': {
    en: 'Provisioning token already used; enrolment refused',
    zh: '初始化令牌已被使用,注册被拒绝',
    fix: newToken,
  },
  'E-BACKEND-0004': {
    en: 'Enrolment request signature does not verify with the public key it carries; refused',
    zh: '注册请求的签名无法用其携带的公钥验证,已拒绝',
    fix: {
      en: 'The request was altered on the way or the terminal\'s key file is damaged: re-provision the terminal and enrol it with a new token.',
      zh: '请求在传输中被篡改,或终端密钥文件已损坏:请重新初始化终端并用新令牌注册。',
    },
  },
  'E-BACKEND-0005': {
    en: 'Terminal is not enrolled; session refused',
    zh: '终端未注册,会话被拒绝',
    fix: {
      en: 'Enrol the terminal first with a one-time provisioning token, or point it at the backend it was enrolled with.',
      zh: '请先用一次性初始化令牌注册终端,或将其指向注册时所用的后台。',
    },
  },
  'E-BACKEND-0006': {
    en: 'Session proof does not verify with the terminal\'s enrolled key; refused',
    zh: '会话证明无法用终端注册的公钥验证,已拒绝',
    fix: {
      en: 'Someone other than the enrolled terminal presented its serial number, or the terminal was re-provisioned without enrolling again. Check the terminal; re-enrol it if its key changed.',
      zh: '有非注册终端冒用了该序列号,或终端重新初始化后未重新注册。请检查终端;若密钥已更换,请重新注册。',
    },
  },
  'E-BACKEND-0007': {
    en: 'Session proof is for another challenge or terminal, or came too late; refused',
    zh: '会话证明对应的挑战或终端不符,或已超时,已拒绝',
    fix: sessionAgain,
  },
  'E-BACKEND-0008': {
    en: 'Message not allowed in the session\'s state; refused',
    zh: '当前会话状态不允许该消息,已拒绝',
    fix: sessionAgain,
  },
  'E-BACKEND-0009': {
    en: 'Envelope out of sequence (replayed or after a gap); refused',
    zh: '信封序号错乱(重放或有缺失),已拒绝',
    fix: sessionAgain,
  },
  'E-BACKEND-0010': {
    en: 'Backend database cannot be opened or written',
    zh: '无法打开或写入后台数据库',
    fix: {
      en: 'Check the --db path: its directory must exist and be writable, with free space. The error names the path and the SQLite code. For a postgres:// URL: the server must be running and reachable, the database must exist and the user\'s password (PGPASSWORD or ~/.pgpass) must be right; the error names the server and PostgreSQL\'s SQLSTATE or the socket\'s error code, never the password.',
      zh: '请检查 --db 路径:所在目录须存在、可写且有剩余空间。错误中注明了路径和 SQLite 错误码。若为 postgres:// 地址:服务器须已运行且可连接,数据库须存在,用户密码(PGPASSWORD 或 ~/.pgpass)须正确;错误中注明了服务器及 PostgreSQL 的 SQLSTATE 或套接字错误码,不含密码。',
    },
  },
  'E-BACKEND-0011': {
    en: 'Invalid backend option or configuration',
    zh: '后台参数或配置无效',
    fix: {
      en: 'Run pos backend --help; the error names the option or configuration field and what it must be.',
      zh: '请运行 pos backend --help;错误中注明了参数或配置项及其要求。',
    },
  },
  'E-BACKEND-0012': {
    en: 'Message refused: no valid id (transaction, reversal, operator event, command or settlement id, mismatch report id, audit entry seq)',
    zh: '消息被拒绝:缺少有效的 ID(交易、冲正、操作员事件、命令或结算 ID,对账差异报告 ID,审计日志序号)',
    fix: {
      en: 'A program error on the terminal: every journal record, reversal, operator event, command result, settlement and mismatch report carries its id, and audit entries are numbered from 1. Report it with the context.',
      zh: '这是终端程序错误:每条流水记录、冲正、操作员事件、命令结果、结算和对账差异报告都应带有 ID,审计日志条目从 1 开始编号。请附上上下文报告此问题。',
    },
  },
  'E-BACKEND-0013': {
    en: 'The backend failed while handling an envelope; that session was ended',
    zh: '后台处理信封时出错,该会话已结束',
    fix: {
      en: 'A program error in the backend: the terminal reconnects and sends again. Report it with the backend log line \'envelope handling failed\'.',
      zh: '这是后台程序错误:终端会重连并重新发送。请附上后台日志中的 \'envelope handling failed\' 记录报告此问题。',
    },
  },
  'E-BACKEND-0014': {
    en: 'No session opened in time on this connection (no hello, or no answer to the challenge); refused',
    zh: '该连接未在规定时间内建立会话(未发送问候或未应答挑战),已拒绝',
    fix: sessionAgain,
  },
  'E-BACKEND-0015': {
    en: 'The operations centre could not answer a page request; the backend carries on',
    zh: '运行中心无法响应页面请求;后台继续运行',
    fix: {
      en: 'Reload the page. If it repeats, report it with the backend log line \'operations centre request failed\' (it names the path, never a card number).',
      zh: '请刷新页面。若反复出现,请附上后台日志中的 \'operations centre request failed\' 记录报告此问题(其中注明路径,不含卡号)。',
    },
  },
  'E-BACKEND-0020': {
    en: 'Issuer: the ARQC does not verify (declined)',
    zh: '发卡行:ARQC 验证失败(拒绝)',
    fix: {
      en: 'The card is not one of the test issuer\'s, or its data was altered. Use a card whose issuer master key is in the backend\'s configuration.',
      zh: '该卡不属于测试发卡行,或其数据被篡改。请使用发卡行主密钥在后台配置中的卡片。',
    },
  },
  'E-BACKEND-0021': {
    en: 'Issuer: the amount is over the limit (declined)',
    zh: '发卡行:金额超过限额(拒绝)',
    fix: {
      en: 'A rule of the issuer simulator (issuer.amountLimit in the backend configuration): use a smaller amount.',
      zh: '这是发卡行模拟器的规则(后台配置中的 issuer.amountLimit):请使用较小的金额。',
    },
  },
  'E-BACKEND-0022': {
    en: 'Issuer: the card number is in a range the issuer declines',
    zh: '发卡行:卡号属于发卡行拒绝的号段',
    fix: {
      en: 'A rule of the issuer simulator (issuer.declinedPanPrefixes in the backend configuration): use another test card.',
      zh: '这是发卡行模拟器的规则(后台配置中的 issuer.declinedPanPrefixes):请换一张测试卡。',
    },
  },
  'E-BACKEND-0023': {
    en: 'Issuer: the authorisation request lacks what the issuer needs (PAN, ARQC, ATC or IAD)',
    zh: '发卡行:授权请求缺少发卡行所需数据(卡号、ARQC、ATC 或 IAD)',
    fix: {
      en: 'The terminal sends these from the card session; report it with the context (which field is missing, never its value).',
      zh: '终端应从卡片会话中取得这些数据;请附上上下文(缺少的字段名,不含其值)报告此问题。',
    },
  },
  'E-BACKEND-0024': {
    en: 'Issuer: the online PIN is wrong (declined, ARC 55)',
    zh: '发卡行:联机 PIN 错误(拒绝,ARC 55)',
    fix: {
      en: 'The cardholder enters the PIN again in a new transaction. The issuer simulator counts wrong PINs per card (issuer.onlinePin.tryLimit) until the backend restarts.',
      zh: '请持卡人在新的交易中重新输入 PIN。发卡行模拟器按卡累计错误次数(issuer.onlinePin.tryLimit),后台重启后清零。',
    },
  },
  'E-BACKEND-0025': {
    en: 'Issuer: too many wrong online PINs for this card (declined, ARC 75)',
    zh: '发卡行:该卡联机 PIN 错误次数过多(拒绝,ARC 75)',
    fix: {
      en: 'The card\'s online PIN is blocked at the issuer simulator until the backend restarts (the count is kept in memory only).',
      zh: '该卡的联机 PIN 已在发卡行模拟器处锁定,重启后台后解除(错误次数只保存在内存中)。',
    },
  },
  'E-BACKEND-0027': {
    en: 'Issuer: the track data is expired, malformed or names another card than the message (declined, ARC 54 or 30)',
    zh: '发卡行:磁道数据已过期、格式错误或与报文卡号不符(拒绝,ARC 54 或 30)',
    fix: {
      en: 'Swipe a card that is still valid; if it is, clean the reader head and check the reader sends track 2 as read (ISO/IEC 7813).',
      zh: '请刷仍在有效期内的卡;若卡有效,请清洁读卡磁头并确认读卡器按原样上送二磁道(ISO/IEC 7813)。',
    },
  },
  'E-BACKEND-0026': {
    en: 'Issuer: the online PIN cannot be checked (no PIN on file for the card, or the PIN block does not decipher) (declined, ARC 55)',
    zh: '发卡行:无法校验联机 PIN(该卡无预留 PIN,或 PIN 块无法解密)(拒绝,ARC 55)',
    fix: {
      en: 'Use a test card listed in issuer.onlinePin.pins, and a PIN pad loaded with keys derived from the configured test BDKs (issuer.onlinePin.tdesBdk, aesBdk) in format 0 (TDES) or 4 (AES).',
      zh: '请使用 issuer.onlinePin.pins 中列出的测试卡,以及由所配置测试 BDK(issuer.onlinePin.tdesBdk、aesBdk)派生密钥的 PIN 键盘,PIN 块格式 0(TDES)或 4(AES)。',
    },
  },
});
