// EMV Book 4 §11.2 standard messages '01'-'13' and the contactless ones EMV Contactless Book A
// §9.4 Table 9-1 adds ('14'-'21'), in en and zh-CN. The names are those of the kernels' UI
// Requests (src/emv/contactless/kernel-contract.ts UiMessage), so a kernel's request maps to
// its screen by name; '1E' (clear display) and 'FF' (n/a) show nothing and have no screen.
import type { Currency, Line, Screen, Tone } from './screen.js';
import { amountText } from './text.js';

interface StandardMessage {
  readonly id: number;
  readonly en: string;
  readonly zh: string;
  readonly tone: Tone;
  /** Whether the voice reads it: what the cardholder must do or learn, not a passing state. */
  readonly speak: boolean;
}

export const BOOK_A_MESSAGES = {
  amount: { id: 0x01, en: 'Amount', zh: '金额', tone: 'neutral', speak: false },
  'amount-ok': { id: 0x02, en: 'Amount OK?', zh: '金额是否正确?', tone: 'neutral', speak: true },
  approved: { id: 0x03, en: 'Approved', zh: '交易成功', tone: 'success', speak: true },
  'call-your-bank': { id: 0x04, en: 'Call your bank', zh: '请联系发卡银行', tone: 'warning', speak: true },
  'cancel-or-enter': { id: 0x05, en: 'Cancel or enter', zh: '请按取消或确认', tone: 'neutral', speak: false },
  'card-error': { id: 0x06, en: 'Card error', zh: '卡片错误', tone: 'error', speak: true },
  'not-authorised': { id: 0x07, en: 'Declined', zh: '交易被拒绝', tone: 'error', speak: true },
  'enter-amount': { id: 0x08, en: 'Enter amount', zh: '请输入金额', tone: 'neutral', speak: true },
  'please-enter-your-pin': { id: 0x09, en: 'Enter PIN', zh: '请输入密码', tone: 'neutral', speak: true },
  'incorrect-pin': { id: 0x0a, en: 'Incorrect PIN', zh: '密码错误', tone: 'error', speak: true },
  'insert-card': { id: 0x0b, en: 'Insert card', zh: '请插卡', tone: 'neutral', speak: true },
  'not-accepted': { id: 0x0c, en: 'Not accepted', zh: '不受理此卡', tone: 'error', speak: true },
  'pin-ok': { id: 0x0d, en: 'PIN OK', zh: '密码正确', tone: 'success', speak: false },
  'please-wait': { id: 0x0e, en: 'Please wait', zh: '请稍候', tone: 'busy', speak: false },
  'processing-error': { id: 0x0f, en: 'Processing error', zh: '处理出错', tone: 'error', speak: true },
  'remove-card': { id: 0x10, en: 'Remove card', zh: '请取卡', tone: 'neutral', speak: true },
  'use-chip-reader': { id: 0x11, en: 'Use chip reader', zh: '请插入芯片卡', tone: 'warning', speak: true },
  'use-mag-stripe': { id: 0x12, en: 'Use mag stripe', zh: '请刷磁条', tone: 'warning', speak: true },
  'try-again': { id: 0x13, en: 'Try again', zh: '请重试', tone: 'warning', speak: true },
  welcome: { id: 0x14, en: 'Welcome', zh: '欢迎光临', tone: 'neutral', speak: false },
  'present-card': { id: 0x15, en: 'Present card', zh: '请挥卡', tone: 'neutral', speak: true },
  processing: { id: 0x16, en: 'Processing', zh: '处理中', tone: 'busy', speak: false },
  'card-read-ok': { id: 0x17, en: 'Card read OK, please remove card', zh: '读卡成功,请移开卡片', tone: 'success', speak: true },
  'insert-or-swipe-card': { id: 0x18, en: 'Please insert or swipe card', zh: '请插卡或刷卡', tone: 'warning', speak: true },
  'present-one-card-only': { id: 0x19, en: 'Please present one card only', zh: '请只出示一张卡', tone: 'warning', speak: true },
  'approved-please-sign': { id: 0x1a, en: 'Approved – please sign', zh: '交易成功,请签名', tone: 'success', speak: true },
  'authorising-please-wait': { id: 0x1b, en: 'Authorising, please wait', zh: '正在授权,请稍候', tone: 'busy', speak: false },
  'insert-swipe-or-try-another-card': { id: 0x1c, en: 'Insert, swipe or try another card', zh: '请插卡、刷卡或换一张卡', tone: 'warning', speak: true },
  'please-insert-card': { id: 0x1d, en: 'Please insert card', zh: '请插入卡片', tone: 'warning', speak: true },
  'see-phone': { id: 0x20, en: 'See phone for instructions', zh: '请按手机上的提示操作', tone: 'warning', speak: true },
  'present-card-again': { id: 0x21, en: 'Present card again', zh: '请再次挥卡', tone: 'warning', speak: true },
} as const satisfies Record<string, StandardMessage>;

export type BookAMessage = keyof typeof BOOK_A_MESSAGES;

/** A UI Request's value (Book A §7.1): the amount at stake, or the card's offline balance. */
export interface MessageValue {
  readonly kind: 'amount' | 'balance';
  readonly amount: bigint;
  readonly currency: Currency;
}

const BALANCE = { en: 'Balance', zh: '余额' } as const;

export function bookAScreen(message: BookAMessage, value?: MessageValue): Screen<{ readonly kind: 'none' }> {
  const m: StandardMessage = BOOK_A_MESSAGES[message];
  const title = { en: m.en, 'zh-CN': m.zh };
  const lines: Line[] = [];
  if (value !== undefined) {
    const shown = amountText(value.amount, value.currency);
    lines.push(
      value.kind === 'amount'
        ? { text: shown, style: 'amount' }
        : { text: { en: `${BALANCE.en} ${shown.en}`, 'zh-CN': `${BALANCE.zh} ${shown['zh-CN']}` }, style: 'body' },
    );
  }
  return { id: `book-a:${message}`, messageId: m.id, title, lines, entry: { kind: 'none' }, buttons: [], tone: m.tone, voice: m.speak ? title : null };
}

