// Receipt and report layouts as print jobs (the kernel's model), before any printer: which
// lines a copy carries in which language, the signature line only where signature was the CVM,
// the masked PAN rule, reprint marking, the e-receipt QR, X/Z totals per scheme and type, the
// shift summary's totals per type.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeJob, PAPER_58MM, PAPER_80MM } from '../../src/devices/printer/index.js';
import type { PrintJob, PrintLine } from '../../src/kernel/index.js';
import { receiptCvm, receiptJob, settlementReportJob, shiftSummaryJob, type ReceiptTransaction, type SettlementReport, type ShiftSummary } from '../../src/payment/receipt/index.js';
import { buildMerchantQr, merchantQrSlipJob, parseMerchantQr } from '../../src/payment/qr/index.js';
import { AT, BALANCE, REFUND, SETTINGS, UNIONPAY_PIN_SALE, VISA_SIGNATURE_SALE, WECHAT_QR } from '../fixtures/receipts/payment.js';
import { errorOf } from '../support/pos-error.js';

/** Each line as a person reads it: a row's cells joined by " | ". */
const lineText = (l: PrintLine): string =>
  l.kind === 'text' ? l.text : l.kind === 'columns' ? l.cells.map((c) => c.text).join(' | ') : l.kind === 'qr' ? `[QR ${l.data}]` : `[${l.kind}]`;
const texts = (job: PrintJob) => job.lines.map(lineText);

/** The id as the e-receipt address carries it: base64url of the UUID's 16 bytes. */
const key = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');

const customer = { copy: 'customer', language: 'zh-CN', reprint: false } as const;
const merchant = { copy: 'merchant', language: 'zh-CN', reprint: false } as const;

describe('receiptJob', () => {
  it('lays out a zh-CN customer copy of a PIN sale with every field a slip carries', () => {
    const t = texts(receiptJob(UNIONPAY_PIN_SALE, SETTINGS, customer));
    expect(t.slice(0, 4)).toEqual(['鲜果便利店', 'FRESH MART', '签购单 POS SALES SLIP', '持卡人存根 CARDHOLDER COPY']);
    expect(t).toEqual(
      expect.arrayContaining([
        '商户编号 MERCHANT NO. | 898310048161234',
        '终端编号 TERMINAL NO. | 10021042',
        '操作员 OPERATOR | 01',
        '卡号 CARD NO. | 622202******3457',
        '卡组织 CARD SCHEME | 银联 UnionPay',
        '输入方式 ENTRY MODE | 插卡 CHIP',
        '交易类型 TRANS TYPE | 消费 SALE',
        '批次号 BATCH NO. | 000007',
        '凭证号 VOUCHER NO. | 000123',
        '授权码 AUTH NO. | A1B2C3',
        '参考号 REF. NO. | 633421000123',
        '日期时间 DATE/TIME | 2026-11-30 21:49:08',
        '金额 AMOUNT', 'CNY 49.00',
        '应用标签 APP LABEL | UnionPay Debit',
        '应用标识 AID | A000000333010101',
        'ARQC | 8E1F0C2A9B3D4E5F',
        '密码已验证 PIN VERIFIED',
        `[QR https://r.posrt.dev/e/10021042/${key('c0ffee00-0000-4000-8000-000000000123')}]`,
      ]),
    );
    expect(t.join('\n')).not.toMatch(/签名|SIGNATURE|重打印|REPRINT/);
    expect(t.slice(-2)).toEqual(['[feed]', '[cut]']);
  });

  it('leads with English and keeps Chinese beside it in an en slip', () => {
    const t = texts(receiptJob(UNIONPAY_PIN_SALE, SETTINGS, { ...customer, language: 'en' }));
    expect(t.slice(0, 4)).toEqual(['FRESH MART', '鲜果便利店', 'POS SALES SLIP 签购单', 'CARDHOLDER COPY 持卡人存根']);
    expect(t).toContain('TRANS TYPE 交易类型 | SALE 消费');
    expect(t).toContain('PIN VERIFIED 密码已验证');
  });

  it('prints the signature line and the acknowledgement on the merchant copy only, when signature was the CVM', () => {
    const m = texts(receiptJob(VISA_SIGNATURE_SALE, SETTINGS, merchant));
    const at = m.indexOf('持卡人签名 CARDHOLDER SIGNATURE');
    expect(at).toBeGreaterThan(0);
    expect(m.slice(at + 1, at + 5)).toEqual(['[feed]', '[rule]', '本人确认以上交易，同意将其记入本卡账户', 'I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES']);
    expect(m).toContain('商户存根 MERCHANT COPY');
    expect(m).toContain('TC | 1A2B3C4D5E6F7081');
    const c = texts(receiptJob(VISA_SIGNATURE_SALE, SETTINGS, customer));
    expect(c).not.toContain('持卡人签名 CARDHOLDER SIGNATURE');
    expect(c).toContain('需持卡人签名 SIGNATURE REQUIRED');
    // A PIN sale's merchant copy has no signature line either.
    expect(texts(receiptJob(UNIONPAY_PIN_SALE, SETTINGS, merchant))).not.toContain('持卡人签名 CARDHOLDER SIGNATURE');
  });

  it('says no CVM when none was performed, and prints no chip block for a swiped card', () => {
    const t = texts(receiptJob(REFUND, SETTINGS, customer));
    expect(t).toContain('免密免签 NO CVM');
    expect(t).toContain('输入方式 ENTRY MODE | 刷卡 SWIPE');
    expect(t.some((l) => l.startsWith('应用标识 AID'))).toBe(false);
  });

  it('prints a refund negative with the original transaction it refers to', () => {
    const t = texts(receiptJob(REFUND, SETTINGS, customer));
    expect(t).toEqual(expect.arrayContaining(['交易类型 TRANS TYPE | 退货 REFUND', '金额 AMOUNT', 'CNY -15.00', '原凭证号 ORIG. VOUCHER | 000101', '原参考号 ORIG. REF. NO. | 633421000101', '原授权码 ORIG. AUTH NO. | Z9Y8X7']));
  });

  it('names every transaction type in both languages', () => {
    const name = (amount: ReceiptTransaction['amount']) => texts(receiptJob({ ...UNIONPAY_PIN_SALE, amount }, SETTINGS, customer)).find((l) => l.startsWith('交易类型'));
    const original = { reference: '1', trace: '2', authCode: undefined };
    expect([
      name({ kind: 'sale', amount: 1n }),
      name({ kind: 'refund', amount: 1n, original }),
      name({ kind: 'void', amount: 1n, original }),
      name({ kind: 'pre-auth', amount: 1n }),
      name({ kind: 'pre-auth-completion', amount: 1n, original }),
      name({ kind: 'pre-auth-cancel', amount: 1n, original }),
      name({ kind: 'balance', balance: 1n }),
      name({ kind: 'qr-sale', amount: 1n }),
    ]).toEqual(['消费 SALE', '退货 REFUND', '撤销 VOID', '预授权 PRE-AUTH', '预授权完成 AUTH COMPLETION', '预授权撤销 PRE-AUTH CANCEL', '余额查询 BALANCE INQUIRY', '扫码 QR PAYMENT'].map((n) => `交易类型 TRANS TYPE | ${n}`));
  });

  it('lays out a QR payment with the wallet and its order number, and no card or CVM lines', () => {
    const t = texts(receiptJob(WECHAT_QR, SETTINGS, customer));
    expect(t).toEqual(expect.arrayContaining(['支付方式 PAID WITH | 微信支付 WeChat Pay', '输入方式 ENTRY MODE | 扫付款码 CUSTOMER CODE SCANNED', '订单号 ORDER NO. | 4200002611202611300012']));
    expect(t.join('\n')).not.toMatch(/卡号|参考号|PIN|NO CVM/);
  });

  it('leaves out the reference of an offline approval and the original a stand-alone refund lacks', () => {
    const t = texts(receiptJob({ ...REFUND, reference: undefined, amount: { kind: 'refund', amount: 1_500n, original: undefined } }, SETTINGS, customer));
    expect(t.some((l) => l.startsWith('参考号') || l.startsWith('原'))).toBe(false);
    expect(t).toContain(`[QR https://r.posrt.dev/e/10021042/${key('c0ffee00-0000-4000-8000-000000000130')}]`);
  });

  it('shows a balance on the cardholder copy only, and no e-receipt for an inquiry', () => {
    expect(texts(receiptJob(BALANCE, SETTINGS, customer))).toEqual(expect.arrayContaining(['余额 BALANCE', 'CNY 12345.67']));
    const m = texts(receiptJob(BALANCE, SETTINGS, merchant));
    expect(m).toContain('余额 BALANCE | 仅持卡人存根显示 ON CARDHOLDER COPY ONLY');
    expect(m.join('\n')).not.toContain('12345.67');
    expect(m.some((l) => l.startsWith('[QR'))).toBe(false);
    // A negative balance is what the cardholder owes: printed with its sign.
    expect(texts(receiptJob({ ...BALANCE, amount: { kind: 'balance', balance: -1500n } }, SETTINGS, customer))).toContain('CNY -15.00');
  });

  it('marks a reprint at the top and gives it its own job id', () => {
    const job = receiptJob(UNIONPAY_PIN_SALE, SETTINGS, { ...customer, reprint: true });
    expect(texts(job)[0]).toBe('*** 重打印 REPRINT ***');
    expect(job.id).toBe('c0ffee00-0000-4000-8000-000000000123-customer-reprint');
    expect(receiptJob(UNIONPAY_PIN_SALE, SETTINGS, customer).id).toBe('c0ffee00-0000-4000-8000-000000000123-customer');
  });

  it('refuses a card number showing more than the first 6 and last 4 digits with E-RECEIPT-0001, without the digits', () => {
    for (const maskedPan of ['6222021234563457', '6222021*****3457', '622202******34571', '6222 0212 3456 3457', '622202*****************3457', '']) {
      const txn = { ...UNIONPAY_PIN_SALE, instrument: { ...UNIONPAY_PIN_SALE.instrument, maskedPan } } as ReceiptTransaction;
      const e = errorOf(() => receiptJob(txn, SETTINGS, customer));
      expect(e.code).toBe('E-RECEIPT-0001');
      expect(e.message).not.toMatch(/\d{5,}/);
    }
  });

  it('gives the printer e-receipt addresses its card number guard never refuses (20,000 random ids)', () => {
    // With the UUID as text, about one in 850 made a Luhn-valid digit run across its hyphens.
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const qr = receiptJob({ ...UNIONPAY_PIN_SALE, id: randomUUID() }, SETTINGS, customer).lines.find((l) => l.kind === 'qr')!;
      try {
        encodeJob({ id: 'qr', lines: [qr] });
      } catch {
        refused++;
      }
    }
    expect(refused).toBe(0);
  });

  it('refuses settings out of form with E-RECEIPT-0002 naming the field', () => {
    const cases: [Partial<typeof SETTINGS>, string][] = [
      [{ eReceiptUrl: 'https://r.posrt.dev/e/' }, 'eReceiptUrl'],
      [{ eReceiptUrl: 'r.posrt.dev/{id}' }, 'eReceiptUrl'],
      [{ eReceiptUrl: 'https://r.posrt.dev/{id}/{id}' }, 'eReceiptUrl'],
      [{ eReceiptUrl: 'https://r.posrt.dev/{id}?ref={reference}' }, 'eReceiptUrl'],
      [{ timeZone: 'Asia/Nowhere' }, 'timeZone'],
    ];
    for (const [change, field] of cases) expect(errorOf(() => receiptJob(UNIONPAY_PIN_SALE, { ...SETTINGS, ...change }, customer)).context).toMatchObject({ field });
    expect(errorOf(() => receiptJob({ ...UNIONPAY_PIN_SALE, currency: 999 }, SETTINGS, customer)).context).toMatchObject({ field: 'currency' });
    expect(errorOf(() => receiptJob({ ...UNIONPAY_PIN_SALE, id: 'txn-1' }, SETTINGS, customer)).context).toMatchObject({ field: 'id' });
  });
});

describe('paper widths', () => {
  it('encodes every slip for 80 mm and 58 mm paper, the amount whole on one line', () => {
    const jobs = [
      receiptJob(UNIONPAY_PIN_SALE, SETTINGS, customer),
      receiptJob(VISA_SIGNATURE_SALE, SETTINGS, { ...merchant, language: 'en' }),
      receiptJob(REFUND, SETTINGS, merchant),
      receiptJob(WECHAT_QR, SETTINGS, customer),
      receiptJob(BALANCE, SETTINGS, customer),
      receiptJob({ ...UNIONPAY_PIN_SALE, amount: { kind: 'sale', amount: 999_999_999_99n } }, SETTINGS, customer),
    ];
    for (const paper of [PAPER_80MM, PAPER_58MM]) for (const job of jobs) expect(encodeJob(job, paper).length).toBeGreaterThan(500);
    // A double-size line holds half the columns: 16 on 58 mm paper.
    const big = jobs[5]!.lines.find((l) => l.kind === 'text' && l.size === 2 && l.text.startsWith('CNY'));
    expect(big).toMatchObject({ text: 'CNY 999999999.99' });
    expect(Buffer.from(encodeJob({ id: 'x', lines: [big!] }, PAPER_58MM)).toString('latin1')).toContain('CNY 999999999.99');
  });
});

describe('receiptCvm', () => {
  it('reads CVM Results (9F34) as the slip states them', () => {
    const of = (hex: string) => receiptCvm(Buffer.from(hex, 'hex'));
    expect([of('420300'), of('410302'), of('440302'), of('1E0300'), of('450302'), of('1F0302'), of('3F0000'), of('010301'), of('5E0300')]).toEqual([
      'online-pin',
      'offline-pin',
      'offline-pin',
      'signature',
      'offline-pin-and-signature',
      'no-cvm',
      'no-cvm',
      'no-cvm',
      'signature',
    ]);
  });
});

describe('settlementReportJob', () => {
  const report: SettlementReport = {
    kind: 'z',
    batch: '000007',
    operator: '01',
    from: new Date('2026-11-30T01:00:00Z'),
    to: AT,
    printedAt: AT,
    currency: 156,
    totals: [
      { scheme: 'visa', kind: 'sale', count: 1, amount: 128_800n },
      { scheme: 'unionpay', kind: 'sale', count: 12, amount: 58_800n },
      { scheme: 'unionpay', kind: 'refund', count: 1, amount: 1_500n },
      { scheme: 'unionpay', kind: 'void', count: 1, amount: 4_900n },
      { scheme: 'unionpay', kind: 'pre-auth', count: 2, amount: 100_000n },
      { scheme: 'wechat', kind: 'qr-sale', count: 3, amount: 7_050n },
    ],
  };

  it('prints the totals per scheme and type with each net, then across schemes', () => {
    const t = texts(settlementReportJob(report, SETTINGS, 'zh-CN'));
    expect(t).toContain('Z 报表(批结算) Z REPORT (BATCH CLOSED)');
    expect(t).toContain('批次号 BATCH NO. | 000007');
    expect(t).toContain('统计时段 PERIOD | 2026-11-30 09:00:00');
    const unionpay = t.indexOf('银联 UnionPay');
    expect(t.slice(unionpay, unionpay + 7)).toEqual([
      '银联 UnionPay',
      '交易类型 | 笔数 | 金额',
      '消费 SALE | 12 | CNY 588.00',
      '退货 REFUND | 1 | CNY -15.00',
      '撤销 VOID | 1 | CNY -49.00',
      '预授权 PRE-AUTH | 2 | CNY 1000.00',
      '净额 NET |  | CNY 524.00',
    ]);
    // Schemes in a fixed order: UnionPay, Visa, then the wallets.
    expect(t.indexOf('维萨 Visa')).toBeGreaterThan(unionpay);
    expect(t.indexOf('微信支付 WeChat Pay')).toBeGreaterThan(t.indexOf('维萨 Visa'));
    const all = t.indexOf('总计 ALL SCHEMES');
    expect(t.slice(all + 2, all + 8)).toEqual(['消费 SALE | 13 | CNY 1876.00', '扫码 QR PAYMENT | 3 | CNY 70.50', '退货 REFUND | 1 | CNY -15.00', '撤销 VOID | 1 | CNY -49.00', '预授权 PRE-AUTH | 2 | CNY 1000.00', '净额 NET |  | CNY 1882.50']);
  });

  it('says an X report resets nothing, prints an empty batch, and refuses a scheme and type given twice', () => {
    const x = texts(settlementReportJob({ ...report, kind: 'x', totals: [] }, SETTINGS, 'en'));
    expect(x).toContain('X REPORT (NOT RESET) X 报表(不清零)');
    expect(x).toContain('NO TRANSACTIONS IN THIS BATCH 本批次无交易');
    const twice = { ...report, totals: [...report.totals, { scheme: 'visa', kind: 'sale', count: 1, amount: 1n } as const] };
    expect(errorOf(() => settlementReportJob(twice, SETTINGS, 'zh-CN')).context).toMatchObject({ field: 'totals', line: 'visa/sale' });
  });
});

describe('shiftSummaryJob', () => {
  const summary: ShiftSummary = {
    shift: 42,
    operator: '0003',
    startedAt: new Date('2026-11-30T01:00:00Z'),
    endedAt: AT,
    currency: 156,
    totals: [
      { kind: 'sale', count: 3, amount: 15_800n },
      { kind: 'refund', count: 1, amount: 500n },
      { kind: 'void', count: 1, amount: 1_000n },
      { kind: 'balance', count: 1, amount: 0n },
    ],
  };

  it('prints who, where and when, then the shift\'s totals per type with the net, zh-CN first', () => {
    const job = shiftSummaryJob(summary, SETTINGS, 'zh-CN');
    expect(job.id).toBe('shift-42');
    const t = texts(job);
    expect(t.slice(0, 3)).toEqual(['鲜果便利店', 'FRESH MART', '签退汇总 SHIFT SUMMARY']);
    expect(t).toEqual(
      expect.arrayContaining(['商户编号 MERCHANT NO. | 898310048161234', '终端编号 TERMINAL NO. | 10021042', '操作员 OPERATOR | 0003', '签到时间 SHIFT START | 2026-11-30 09:00:00', '签退时间 SHIFT END | 2026-11-30 21:49:08']),
    );
    const table = t.indexOf('交易类型 | 笔数 | 金额');
    expect(t.slice(table + 1, table + 6)).toEqual(['消费 SALE | 3 | CNY 158.00', '退货 REFUND | 1 | CNY -5.00', '撤销 VOID | 1 | CNY -10.00', '余额查询 BALANCE INQUIRY | 1 | CNY 0.00', '净额 NET |  | CNY 143.00']);
  });

  it('leads with English in an en summary, says when the shift had nothing approved, and refuses a type given twice', () => {
    const t = texts(shiftSummaryJob({ ...summary, totals: [] }, SETTINGS, 'en'));
    expect(t.slice(0, 3)).toEqual(['FRESH MART', '鲜果便利店', 'SHIFT SUMMARY 签退汇总']);
    expect(t).toContain('SHIFT START 签到时间 | 2026-11-30 09:00:00');
    expect(t).toContain('NONE APPROVED IN THIS SHIFT 本班次无成功交易');
    expect(t.some((l) => l.includes('NET'))).toBe(false);
    const twice = { ...summary, totals: [...summary.totals, { kind: 'sale', count: 1, amount: 1n } as const] };
    expect(errorOf(() => shiftSummaryJob(twice, SETTINGS, 'en')).context).toMatchObject({ field: 'totals', line: 'sale' });
  });
});

describe('merchantQrSlipJob', () => {
  it('prints the payload the display shows, with the amount and reference', () => {
    const payload = buildMerchantQr({
      initiation: 'dynamic',
      accounts: [{ kind: 'primitive', id: '15', value: '898310048161234' }],
      mcc: '5411',
      currency: 156,
      amount: 4_900n,
      country: 'CN',
      merchantName: 'FRESH MART',
      city: 'SHANGHAI',
      additional: { referenceLabel: '633421000140', terminalLabel: '10021042' },
    });
    const t = texts(merchantQrSlipJob({ payload, amount: 4_900n, currency: 156, reference: '633421000140' }, SETTINGS, 'zh-CN'));
    expect(t).toEqual(expect.arrayContaining(['扫码 QR PAYMENT', '参考号 REF. NO. | 633421000140', '金额 AMOUNT', 'CNY 49.00', `[QR ${payload}]`]));
    expect(parseMerchantQr(payload).additional?.referenceLabel).toBe('633421000140');
  });
});
