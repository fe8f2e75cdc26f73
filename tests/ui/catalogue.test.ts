// The screen catalogue is complete in both languages, and the Book A standard messages carry
// the identifiers of EMV Book 4 §11.2 and Contactless Book A §9.4 Table 9-1 under the names the
// contactless kernels use in their UI Requests.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/errors/index.js';
import { encodeErrorIndication } from '../../src/emv/contactless/c2/outcome.js';
import type { UiMessage } from '../../src/emv/contactless/kernel-contract.js';
import { qrMatrix } from '../../src/payment/qr/index.js';
import { STRINGS } from '../../src/ui/strings.js';
import {
  BOOK_A_MESSAGES,
  amountScreen,
  bookAScreen,
  errorScreen,
  idleScreen,
  mainMenuScreen,
  passwordScreen,
  pinPromptScreen,
  queryByScreen,
  queryFieldScreen,
  transactionListScreen,
  receiptQuestionScreen,
  reportScreen,
  resultScreen,
  balanceScreen,
  merchantQrScreen,
  qrMethodScreen,
  scanCodeScreen,
  shiftStartedScreen,
  shiftSummaryScreen,
  signInScreen,
  supervisorIdScreen,
  supervisorPasswordScreen,
  transactionSubject,
  transactionTypeScreen,
  type AppScreenId,
  type BookAMessage,
  type Screen,
  type Text,
} from '../../src/ui/index.js';
import { CNY, HEALTHY } from '../fixtures/screen-flows.js';

/** One of each application screen; a screen id missing here does not compile. */
const APP_SCREENS: Record<AppScreenId, Screen> = {
  idle: idleScreen({ ...HEALTHY, devices: [...HEALTHY.devices, { kind: 'mag-stripe', health: { state: 'failed', code: 'E-MSR-0007' } }], link: { state: 'offline', waiting: 1, code: 'E-CHAN-0102' } }),
  'login-operator': signInScreen(),
  'login-password': passwordScreen('01'),
  'main-menu': mainMenuScreen({ id: '99', role: 'supervisor' }, ['sale', 'refund', 'void', 'pre-auth', 'completion', 'balance', 'qr', 'query', 'x-report', 'settlement', 'settings', 'key-management', 'shift-start', 'shift-end', 'sign-out']),
  'transaction-type': transactionTypeScreen(['sale', 'refund', 'void', 'pre-auth', 'completion', 'balance', 'qr']),
  amount: amountScreen('sale', CNY, 100_000n),
  'supervisor-id': supervisorIdScreen(transactionSubject('refund', 1200n, CNY)),
  'supervisor-password': supervisorPasswordScreen(transactionSubject('refund', 1200n, CNY), '99'),
  'pin-prompt': pinPromptScreen(12345n, CNY),
  result: resultScreen({ kind: 'sale', amount: 12345n, currency: CNY, maskedPan: '623456******0013', reference: '000123456789', result: { outcome: 'declined', responseCode: '51' } }),
  balance: balanceScreen({ maskedPan: '623456******0013', balance: 888_800n, currency: CNY, reference: '000123456789' }),
  'qr-method': qrMethodScreen(['merchant', 'consumer'], 1288n, CNY),
  'merchant-qr': merchantQrScreen(qrMatrix('000201010212'), 1288n, CNY),
  'scan-code': scanCodeScreen(1288n, CNY),
  'shift-started': shiftStartedScreen('01', '12-01 08:00'),
  'shift-summary': shiftSummaryScreen({ operatorId: '01', startedAt: '12-01 08:00', endedAt: '12-01 17:30', currency: CNY, totals: [{ kind: 'sale', count: 3, amount: 4500n }, { kind: 'refund', count: 1, amount: 500n }] }),
  'receipt-question': receiptQuestionScreen(),
  report: reportScreen({
    kind: 'settlement',
    batch: 7,
    currency: CNY,
    totals: [{ kind: 'sale', count: 3, amount: 4500n }],
    net: 4500n,
    reconciliation: 'unbalanced',
    mismatches: [
      { kind: 'missing-at-backend', what: '000012', terminal: 1500n },
      { kind: 'total-differs', what: 'UnionPay sale', terminal: 4500n, host: 3000n },
    ],
  }),
  'query-by': queryByScreen(),
  'query-field': queryFieldScreen('date'),
  'transaction-list': transactionListScreen(
    'refund',
    Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, time: `12-01 14:0${i}`, voucher: `00000${i}`, kind: 'sale' as const, amount: 100n * BigInt(i + 1), maskedPan: '476173******0119', status: 'approved' as const })),
    CNY,
  ),
  error: errorScreen('E-PRINTER-0004'),
};

function textsOf(screen: Screen): Text[] {
  const e = screen.entry;
  return [screen.title, ...screen.lines.map((l) => l.text), ...screen.buttons.map((b) => b.label), ...(screen.voice === null ? [] : [screen.voice]), ...(e.kind === 'digits' || e.kind === 'password' ? [e.label] : [])];
}

const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/** Each leaf of a string table, functions called with sample arguments. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof table === 'string') out.set(path, table);
  else if (typeof table === 'function') out.set(path, String((table as (...a: unknown[]) => unknown)('07', 3, 'CN¥1.00')));
  else for (const [k, v] of Object.entries(table as object)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

describe('the screen catalogue', () => {
  it('has every application string in zh-CN as well as en, in Chinese where the English has words', () => {
    const en = leaves(STRINGS.en);
    const zh = leaves(STRINGS['zh-CN']);
    expect([...zh.keys()]).toEqual([...en.keys()]);
    expect(en.size).toBeGreaterThan(80);
    for (const [path, text] of en) {
      expect(text, path).not.toBe('');
      expect(zh.get(path), path).not.toBe('');
      if (LATIN.test(text)) expect(zh.get(path), path).toMatch(HAN);
    }
  });

  it('builds every screen with text in both languages, none of it copied from the English', () => {
    const screens = [...Object.values(APP_SCREENS), ...Object.keys(BOOK_A_MESSAGES).map((m) => bookAScreen(m as BookAMessage, { kind: 'balance', amount: 500n, currency: CNY }))];
    expect(screens).toHaveLength(Object.keys(APP_SCREENS).length + 31);
    for (const screen of screens) {
      for (const text of textsOf(screen)) {
        expect(text.en, screen.id).not.toBe('');
        expect(text['zh-CN'], screen.id).not.toBe('');
        if (LATIN.test(text.en.replace(/CN¥|CNY|E-[A-Z]+-\d{4}|[\d*…]+/g, ''))) expect(text['zh-CN'], `${screen.id}: ${text.en}`).toMatch(HAN);
      }
    }
    for (const [id, screen] of Object.entries(APP_SCREENS)) expect(screen.id).toBe(id);
  });

  it('numbers the Book A messages as Book 4 §11.2 and Book A Table 9-1 do, under the kernels\' UI Request names', () => {
    // Every message a kernel can request, with its identifier; a kernel name this misses, or
    // one the kernels do not have, does not compile.
    const kernelMessages = {
      approved: 0x03,
      'not-authorised': 0x07,
      'please-enter-your-pin': 0x09,
      'processing-error': 0x0f,
      'remove-card': 0x10,
      welcome: 0x14,
      'present-card': 0x15,
      processing: 0x16,
      'card-read-ok': 0x17,
      'insert-or-swipe-card': 0x18,
      'present-one-card-only': 0x19,
      'approved-please-sign': 0x1a,
      'authorising-please-wait': 0x1b,
      'insert-swipe-or-try-another-card': 0x1c,
      'please-insert-card': 0x1d,
      'see-phone': 0x20,
      'present-card-again': 0x21,
    } satisfies Record<Exclude<UiMessage, 'no-message'>, number>;
    for (const [name, id] of Object.entries(kernelMessages)) {
      const message: BookAMessage = name as Exclude<UiMessage, 'no-message'>;
      expect(BOOK_A_MESSAGES[message].id, name).toBe(id);
      expect(bookAScreen(message).messageId).toBe(id);
    }
    // Book 4's '01'-'13' and Book A's '14'-'21' less '1E' (clear display) and '1F' (RFU).
    const ids = Object.values(BOOK_A_MESSAGES).map((m) => m.id).sort((a, b) => a - b);
    expect(ids).toEqual([...Array.from({ length: 0x1d }, (_, i) => i + 1), 0x20, 0x21]);
    // Kernel 2 writes the identifier into Error Indication byte 6 (Msg On Error).
    for (const m of ['insert-swipe-or-try-another-card', 'present-card-again'] as const) {
      expect(encodeErrorIndication({ l1: 'ok', l2: 'ok', messageOnError: m })[5]).toBe(BOOK_A_MESSAGES[m].id);
    }
  });

  it('shows a Book A message with the amount, or the balance, it comes with', () => {
    expect(bookAScreen('present-card', { kind: 'amount', amount: 123450n, currency: CNY }).lines).toEqual([{ text: { en: 'CN¥1,234.50', 'zh-CN': '¥1,234.50' }, style: 'amount' }]);
    expect(bookAScreen('approved', { kind: 'balance', amount: 5n, currency: { alpha: 'JPY', exponent: 0 } }).lines[0]!.text).toEqual({ en: 'Balance ¥5', 'zh-CN': '余额 JP¥5' });
    expect(bookAScreen('please-wait').voice).toBeNull();
    expect(bookAScreen('remove-card').voice).toEqual({ en: 'Remove card', 'zh-CN': '请取卡' });
  });

  it('puts the code, the message and what to do on the error screen, from the error catalogue', () => {
    const s = errorScreen('E-PRINTER-0004');
    const entry = catalogue['E-PRINTER-0004'];
    expect(s.lines.map((l) => [l.style, l.text])).toEqual([
      ['code', { en: 'Error code E-PRINTER-0004', 'zh-CN': '错误码 E-PRINTER-0004' }],
      ['body', { en: entry.en, 'zh-CN': entry.zh }],
      ['hint', { en: entry.fix.en, 'zh-CN': entry.fix.zh }],
    ]);
    expect(s.tone).toBe('error');
  });

  it('shows each device and the host link on the idle screen, a fault with its code and message', () => {
    const s = APP_SCREENS.idle;
    expect(s.lines.map((l) => [l.style, l.text.en])).toEqual([
      ['ok', 'Card reader: OK'],
      ['ok', 'PIN pad: OK'],
      ['fault', `Printer: working with a fault — E-PRINTER-0012 ${catalogue['E-PRINTER-0012'].en}`],
      ['fault', `Stripe reader: not working — E-MSR-0007 ${catalogue['E-MSR-0007'].en}`],
      ['fault', `Host link: offline (1 record waiting to upload) — E-CHAN-0102 ${catalogue['E-CHAN-0102'].en}`],
    ]);
    expect(s.lines[4]!.text['zh-CN']).toBe(`后台连接: 离线 (1 笔交易待上送) — E-CHAN-0102 ${catalogue['E-CHAN-0102'].zh}`);
    expect(s.tone).toBe('warning');
    expect(idleScreen(HEALTHY).tone).toBe('neutral');
    expect(idleScreen({ ...HEALTHY, operatorId: '01' }).buttons.map((b) => b.id)).toEqual(['menu']);
  });

  it('lists at most six transactions as buttons, says how many more there are, and offers a refund without its original', () => {
    const s = APP_SCREENS['transaction-list'];
    expect(s.buttons.map((b) => b.id)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 'without-original', 'cancel']);
    expect(s.buttons[0]!.label).toEqual({ en: '12-01 14:00  No. 000000  Sale CN¥1.00  476173******0119  approved', 'zh-CN': '12-01 14:00  凭证号 000000  消费 ¥1.00  476173******0119  成功' });
    expect(s.lines.map((l) => l.text.en)).toEqual(['Tap the sale to refund (a QR payment goes back to its wallet, no card), or refund without the original by card', 'and 4 more']);
    expect(transactionListScreen('void', [], CNY).buttons.map((b) => b.id)).toEqual(['cancel']);
  });

  it('shows a settlement\'s mismatches one per line, with both amounts', () => {
    expect(APP_SCREENS.report.lines.map((l) => [l.style, l.text.en])).toEqual([
      ['body', 'Batch 7'],
      ['body', 'Sale: 3 · CN¥45.00'],
      ['amount', 'Net: CN¥45.00'],
      ['fault', 'Totals differ from the host: the batch was uploaded for reconciliation'],
      ['fault', '000012: not at the host (terminal CN¥15.00)'],
      ['fault', 'UnionPay sale total: terminal CN¥45.00, host CN¥30.00'],
    ]);
    expect(APP_SCREENS.report.lines[5]!.text['zh-CN']).toBe('UnionPay sale 合计:终端 ¥45.00,后台 ¥30.00');
  });
});
