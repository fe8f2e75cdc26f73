// Every word the application's screens say, one table per language. The English table is the
// shape: a string missing from the Chinese one does not compile. Wording for the counter: short
// lines a cashier reads at a glance and an older customer can follow (the seeds' requests).
// The Book A standard messages have their own table (book-a.ts), with their identifiers.
import type { DeviceKind } from '../kernel/index.js';
import type { Language } from '../errors/index.js';
import type { Action, Role } from '../payment/roles.js';

export type TransactionKind = 'sale' | 'refund' | 'void' | 'pre-auth' | 'completion' | 'pre-auth-cancel' | 'balance' | 'qr';
/** What the main menu offers: the operators module's actions (payment/roles.ts), which it
 *  decides a role may take, and what needs no permission (QR, the lists, signing out). */
export type MenuAction = Action | TransactionKind | 'query' | 'x-report' | 'reprint-last' | 'shift-start' | 'shift-end' | 'sign-out';
/** What a transaction query searches by (the journal's TransactionQuery). */
export type QueryField = 'date' | 'amount' | 'last-four' | 'reference';
/** Why a list of transactions is shown: to reprint one, or to pick the original of a follow-up. */
export type ListPurpose = 'reprint' | 'refund' | 'void' | 'completion' | 'pre-auth-cancel';
/** How the host's reconciliation of a settlement differs from the terminal's batch. */
export type MismatchKind = 'missing-at-backend' | 'missing-at-terminal' | 'amount-differs' | 'total-differs';
/** X: the totals so far, nothing closed; settlement closes the batch (the Z report). */
export type ReportKind = 'x-report' | 'settlement';
export type LinkState = 'online' | 'connecting' | 'offline';
/** Scan-to-pay: the customer's wallet scans the terminal's code (EMV QRCPS merchant-presented),
 *  or the terminal's scanner reads the customer's code (consumer-presented). */
export type QrMethod = 'merchant' | 'consumer';

const en = {
  ok: 'OK',
  cancel: 'Cancel',
  idle: {
    title: 'Ready',
    signIn: 'Sign in',
    menu: 'Menu',
    noDevices: 'No device attached',
    device: { 'card-reader': 'Card reader', 'pin-pad': 'PIN pad', printer: 'Printer', display: 'Customer display', scanner: 'Scanner', 'mag-stripe': 'Stripe reader' } satisfies Record<DeviceKind, string>,
    health: { ok: 'OK', degraded: 'working with a fault', failed: 'not working' },
    link: 'Host link',
    linkState: { online: 'online', connecting: 'connecting…', offline: 'offline' } satisfies Record<LinkState, string>,
    waiting: (n: number) => `${n} record${n === 1 ? '' : 's'} waiting to upload`,
    signedIn: (id: string) => `Operator ${id} signed in`,
  },
  login: {
    title: 'Operator sign-in',
    operatorId: 'Operator ID',
    password: 'Password',
    operator: (id: string) => `Operator ${id}`,
    voice: 'Please enter your operator ID',
  },
  menu: {
    title: 'Main menu',
    operator: (id: string, role: string) => `Operator ${id} · ${role}`,
    role: { cashier: 'cashier', supervisor: 'supervisor', administrator: 'administrator' } satisfies Record<Role, string>,
    action: {
      sale: 'Sale',
      refund: 'Refund',
      void: 'Void',
      'pre-auth': 'Pre-authorisation',
      completion: 'Pre-auth completion',
      'pre-auth-cancel': 'Pre-auth cancel',
      balance: 'Balance enquiry',
      qr: 'QR payment',
      query: 'Transactions',
      'x-report': 'X report',
      'reprint-last': 'Reprint last',
      settlement: 'Settlement',
      settings: 'Settings',
      'key-management': 'Key management',
      'shift-start': 'Start shift',
      'shift-end': 'End shift',
      'sign-out': 'Sign out',
    } satisfies Record<MenuAction, string>,
  },
  transactionType: { title: 'Choose the transaction' },
  shift: {
    started: 'Shift started',
    ended: 'Shift ended',
    since: (time: string) => `Started ${time}`,
    period: (from: string, to: string) => `${from} – ${to}`,
    none: 'No approved transactions in this shift',
    signedOut: 'You are signed out',
  },
  amount: {
    hint: 'Type the amount, then press Enter',
    voice: 'Please enter the amount',
  },
  supervisor: {
    title: 'Supervisor approval',
    needs: (what: string) => `${what} needs a supervisor's approval`,
    supervisorId: 'Supervisor ID',
    password: 'Supervisor password',
    voice: 'Supervisor approval needed',
  },
  pin: {
    title: 'Customer PIN',
    onPad: 'Please enter your PIN on the PIN pad',
    thenEnter: 'and press the green key',
    voice: 'Please enter your PIN on the PIN pad',
  },
  result: {
    approved: 'Approved',
    declined: 'Declined',
    card: (masked: string) => `Card ${masked}`,
    authCode: (code: string) => `Authorisation code ${code}`,
    reference: (ref: string) => `Reference ${ref}`,
    responseCode: (code: string) => `Response code ${code}`,
    approvedVoice: 'Payment approved, thank you',
    declinedVoice: 'Payment declined',
  },
  balance: {
    title: 'Balance',
    available: 'Available balance',
    owed: 'Amount owed',
    none: 'The card issuer gave no balance',
    voice: 'Your balance is on the screen',
  },
  qr: {
    choose: 'QR payment: who scans?',
    method: { merchant: 'Customer scans this screen', consumer: "Scan the customer's code" } satisfies Record<QrMethod, string>,
    merchant: {
      title: 'Scan to pay',
      hint: "Scan this code with the customer's payment app",
      waiting: 'Waiting for the payment…',
      voice: 'Please scan the code on the screen to pay',
      print: 'Print code',
      printing: 'Printing the code…',
      printed: 'Code printed',
      notPrinted: (code: string) => `Code not printed: error code ${code}`,
    },
    consumer: {
      title: 'Show your payment code',
      hint: 'Hold the payment code in front of the scanner',
      voice: 'Please show your payment code to the scanner',
    },
  },
  receipt: {
    title: 'Receipt',
    question: 'Print the customer copy?',
    print: 'Print',
    skip: 'No receipt',
  },
  report: {
    title: { 'x-report': 'X report (shift totals)', settlement: 'Settlement (Z report)' } satisfies Record<ReportKind, string>,
    batch: (n: number) => `Batch ${n}`,
    line: (what: string, count: number, amount: string) => `${what}: ${count} · ${amount}`,
    net: (amount: string) => `Net: ${amount}`,
    balanced: 'Totals agree with the host',
    unbalanced: 'Totals differ from the host: the batch was uploaded for reconciliation',
    pending: 'Sent to the host: no reconciliation yet, the operations centre will show it',
    mismatch: {
      'missing-at-backend': (what: string, terminal: string) => `${what}: not at the host (terminal ${terminal})`,
      'missing-at-terminal': (what: string, host: string) => `${what}: not in the terminal's totals (host ${host})`,
      'amount-differs': (what: string, terminal: string, host: string) => `${what}: terminal ${terminal}, host ${host}`,
      'total-differs': (what: string, terminal: string, host: string) => `${what} total: terminal ${terminal}, host ${host}`,
    } satisfies Record<MismatchKind, unknown>,
    print: 'Print',
  },
  query: {
    title: 'Transactions',
    by: 'Find transactions by',
    field: { date: 'Date', amount: 'Amount', 'last-four': 'Card last 4 digits', reference: 'Reference or voucher no.' } satisfies Record<QueryField, string>,
    dateHint: 'Year, month, day: 8 digits, e.g. 20261201',
    empty: 'No transactions found',
    more: (n: number) => `and ${n} more`,
    list: {
      reprint: 'Tap a transaction to reprint its receipt',
      refund: 'Tap the sale to refund (a QR payment goes back to its wallet, no card), or refund without the original by card',
      void: 'Tap the sale of this batch to void',
      completion: 'Tap the pre-authorisation to complete',
      'pre-auth-cancel': 'Tap the pre-authorisation to cancel',
    } satisfies Record<ListPurpose, string>,
    withoutOriginal: 'Without original',
    voucher: (n: string) => `No. ${n}`,
    refundable: (amount: string) => `${amount} left to refund`,
    reprinted: (n: string) => `Receipt no. ${n} reprinted`,
    status: { approved: 'approved', declined: 'declined', voided: 'voided', captured: 'completed', reversed: 'reversed', failed: 'failed' },
  },
  error: {
    title: 'Cannot continue',
    code: (code: string) => `Error code ${code}`,
  },
  keypad: { enter: 'Enter', clear: 'Clear', back: '⌫' },
  display: { largeType: 'Large type', voice: 'Voice', language: '中文', reconnecting: 'Reconnecting to the terminal…' },
};

export type Strings = typeof en;
export type QueryStatus = keyof Strings['query']['status'];

const zhCN: Strings = {
  ok: '确定',
  cancel: '取消',
  idle: {
    title: '待机',
    signIn: '签到',
    menu: '菜单',
    noDevices: '未连接任何设备',
    device: { 'card-reader': '读卡器', 'pin-pad': '密码键盘', printer: '打印机', display: '客显', scanner: '扫码器', 'mag-stripe': '磁条读卡器' },
    health: { ok: '正常', degraded: '有故障,仍可用', failed: '不可用' },
    link: '后台连接',
    linkState: { online: '在线', connecting: '连接中…', offline: '离线' },
    waiting: (n: number) => `${n} 笔交易待上送`,
    signedIn: (id: string) => `操作员 ${id} 已登录`,
  },
  login: {
    title: '操作员登录',
    operatorId: '操作员号',
    password: '密码',
    operator: (id: string) => `操作员 ${id}`,
    voice: '请输入操作员号',
  },
  menu: {
    title: '主菜单',
    operator: (id: string, role: string) => `操作员 ${id} · ${role}`,
    role: { cashier: '收银员', supervisor: '主管', administrator: '系统管理员' },
    action: {
      sale: '消费',
      refund: '退货',
      void: '撤销',
      'pre-auth': '预授权',
      completion: '预授权完成',
      'pre-auth-cancel': '预授权撤销',
      balance: '余额查询',
      qr: '扫码支付',
      query: '交易查询',
      'x-report': 'X 报表',
      'reprint-last': '重打上一笔',
      settlement: '结算',
      settings: '终端设置',
      'key-management': '密钥管理',
      'shift-start': '签到',
      'shift-end': '签退',
      'sign-out': '退出登录',
    },
  },
  transactionType: { title: '请选择交易类型' },
  shift: {
    started: '签到成功',
    ended: '签退成功',
    since: (time: string) => `签到时间 ${time}`,
    period: (from: string, to: string) => `${from} 至 ${to}`,
    none: '本班次没有成功的交易',
    signedOut: '已退出登录',
  },
  amount: {
    hint: '请输入金额,然后按确认',
    voice: '请输入金额',
  },
  supervisor: {
    title: '主管授权',
    needs: (what: string) => `${what} 需要主管授权`,
    supervisorId: '主管操作员号',
    password: '主管密码',
    voice: '需要主管授权',
  },
  pin: {
    title: '持卡人密码',
    onPad: '请在密码键盘上输入密码',
    thenEnter: '然后按绿色确认键',
    voice: '请在密码键盘上输入密码',
  },
  result: {
    approved: '交易成功',
    declined: '交易被拒绝',
    card: (masked: string) => `卡号 ${masked}`,
    authCode: (code: string) => `授权码 ${code}`,
    reference: (ref: string) => `参考号 ${ref}`,
    responseCode: (code: string) => `应答码 ${code}`,
    approvedVoice: '交易成功,谢谢',
    declinedVoice: '交易被拒绝',
  },
  balance: {
    title: '余额查询',
    available: '可用余额',
    owed: '欠款金额',
    none: '发卡行未返回余额',
    voice: '您的余额已显示在屏幕上',
  },
  qr: {
    choose: '扫码支付：谁来扫码？',
    method: { merchant: '顾客扫屏幕上的码', consumer: '扫顾客的付款码' },
    merchant: {
      title: '请扫码付款',
      hint: '请用付款应用扫描此二维码',
      waiting: '等待付款…',
      voice: '请扫描屏幕上的二维码付款',
      print: '打印二维码',
      printing: '正在打印二维码…',
      printed: '二维码已打印',
      notPrinted: (code: string) => `二维码未打印:错误码 ${code}`,
    },
    consumer: {
      title: '请出示付款码',
      hint: '请将付款码对准扫码器',
      voice: '请出示您的付款码',
    },
  },
  receipt: {
    title: '签购单',
    question: '是否打印客户联?',
    print: '打印',
    skip: '不打印',
  },
  report: {
    title: { 'x-report': 'X 报表(当班统计)', settlement: '结算(Z 报表)' },
    batch: (n: number) => `批次号 ${n}`,
    line: (what: string, count: number, amount: string) => `${what}:${count} 笔 · ${amount}`,
    net: (amount: string) => `净额:${amount}`,
    balanced: '与后台对账平',
    unbalanced: '与后台对账不平:已上送批次明细以便对账',
    pending: '已上送后台:尚未收到对账结果,可在运营中心查看',
    mismatch: {
      'missing-at-backend': (what: string, terminal: string) => `${what}:后台无此笔(终端 ${terminal})`,
      'missing-at-terminal': (what: string, host: string) => `${what}:终端统计中无此笔(后台 ${host})`,
      'amount-differs': (what: string, terminal: string, host: string) => `${what}:终端 ${terminal},后台 ${host}`,
      'total-differs': (what: string, terminal: string, host: string) => `${what} 合计:终端 ${terminal},后台 ${host}`,
    },
    print: '打印',
  },
  query: {
    title: '交易查询',
    by: '请选择查询方式',
    field: { date: '按日期', amount: '按金额', 'last-four': '按卡号后四位', reference: '按参考号或凭证号' },
    dateHint: '年月日共 8 位,例如 20261201',
    empty: '没有找到交易',
    more: (n: number) => `另有 ${n} 笔`,
    list: {
      reprint: '点选交易即可重打签购单',
      refund: '请点选要退货的原交易(扫码支付原路退回钱包,无需刷卡),或选择无原交易退货(需刷卡)',
      void: '请点选本批次要撤销的交易',
      completion: '请点选要完成的预授权',
      'pre-auth-cancel': '请点选要撤销的预授权',
    },
    withoutOriginal: '无原交易',
    voucher: (n: string) => `凭证号 ${n}`,
    refundable: (amount: string) => `可退 ${amount}`,
    reprinted: (n: string) => `凭证号 ${n} 已重打`,
    status: { approved: '成功', declined: '拒绝', voided: '已撤销', captured: '已完成', reversed: '已冲正', failed: '失败' },
  },
  error: {
    title: '无法继续',
    code: (code: string) => `错误码 ${code}`,
  },
  keypad: { enter: '确认', clear: '清除', back: '⌫' },
  display: { largeType: '大字', voice: '语音', language: 'English', reconnecting: '正在重新连接终端…' },
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, 'zh-CN': zhCN };
