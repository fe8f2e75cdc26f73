// The journal's records printed: a real journal file (SQLite, device key, the channel's outbox,
// tests/payment/journal/rig.ts) takes a contact sale with online PIN, a signature sale, its
// refund, a WeChat Pay QR sale and a balance inquiry; what it hands back for a slip goes through
// receiptFromJournal into receiptJob, and its X and Z reports into the report layout.
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob, PrintLine } from '../../src/kernel/index.js';
import { receiptFromJournal, receiptJob, settlementReportJob, xReportFromJournal, zReportFromJournal } from '../../src/payment/receipt/index.js';
import type { CardRead } from '../../src/payment/journal/index.js';
import { SETTINGS } from '../fixtures/receipts/payment.js';
import { errorOf } from '../support/pos-error.js';
import { contactCard, journalRig, type Rig } from './journal/rig.js';

let rig: Rig;
afterEach(() => {
  rig.close();
  rig.remove();
});

const lineText = (l: PrintLine): string => (l.kind === 'text' ? l.text : l.kind === 'columns' ? l.cells.map((c) => c.text).join(' | ') : `[${l.kind}]`);
const texts = (job: PrintJob) => job.lines.map(lineText);
const customer = { copy: 'customer', language: 'zh-CN', reprint: false } as const;
const merchant = { copy: 'merchant', language: 'zh-CN', reprint: false } as const;

/** 2026-11-30 21:49:08 in Shanghai, a second later each time it is read. */
function clock(): () => number {
  let t = Date.parse('2026-11-30T13:49:08Z');
  return () => t++;
}

/** A contact sale approved online, the card's CVM Results as given (9F34 bytes). */
function approved(type: 'sale' | 'refund', amount: bigint, cvmResults: number[], originalId?: string): string {
  const { id } = rig.journal.begin({ type, amount, currency: '156', operatorId: '01', ...(originalId ? { originalId } : {}) });
  rig.journal.step(id, contactCard);
  rig.journal.step(id, { to: 'authorising', emv: { cryptogram: { type: 'ARQC', value: Uint8Array.of(0x8e, 0x1f, 0x0c, 0x2a, 0x9b, 0x3d, 0x4e, 0x5f) }, cvmResults: Uint8Array.from(cvmResults) } });
  rig.journal.step(id, { to: 'approved', host: { responseCode: '00', authorisationCode: 'A1B2C3', hostReference: `63342100${amount}` } });
  return id;
}

describe('receiptFromJournal', () => {
  it('prints a journal sale with online PIN: masked card, AID and label, ARQC, trace and batch, PIN verified', () => {
    rig = journalRig({ now: clock() });
    const id = approved('sale', 4_900n, [0x42, 0x03, 0x00]);
    const txn = receiptFromJournal(rig.journal.receipt(id));
    expect(txn).toMatchObject({ id, amount: { kind: 'sale', amount: 4_900n }, currency: 156, trace: '000001', batch: '000001', authCode: 'A1B2C3', reference: '633421004900', operator: '01' });
    const t = texts(receiptJob(txn, SETTINGS, customer));
    expect(t).toEqual(
      expect.arrayContaining([
        '卡号 CARD NO. | 476173******0119',
        '卡组织 CARD SCHEME | 维萨 Visa',
        '输入方式 ENTRY MODE | 插卡 CHIP',
        '应用标签 APP LABEL | VISA CREDIT',
        '应用标识 AID | A0000000031010',
        'ARQC | 8E1F0C2A9B3D4E5F',
        '参考号 REF. NO. | 633421004900',
        '日期时间 DATE/TIME | 2026-11-30 21:49:08',
        '密码已验证 PIN VERIFIED',
      ]),
    );
  });

  it('prints the signature line for a signature CVM, the original on its refund, and REPRINT once reprinted', () => {
    rig = journalRig({ now: clock() });
    const sale = approved('sale', 128_800n, [0x1e, 0x03, 0x00]);
    expect(texts(receiptJob(receiptFromJournal(rig.journal.receipt(sale)), SETTINGS, merchant))).toContain('持卡人签名 CARDHOLDER SIGNATURE');
    const refund = approved('refund', 1_500n, [0x1f, 0x03, 0x02], sale);
    const t = texts(receiptJob(receiptFromJournal(rig.journal.receipt(refund)), SETTINGS, customer));
    expect(t).toEqual(expect.arrayContaining(['交易类型 TRANS TYPE | 退货 REFUND', '金额 AMOUNT', 'CNY -15.00', '原凭证号 ORIG. VOUCHER | 000001', '原参考号 ORIG. REF. NO. | 63342100128800', '免密免签 NO CVM']));
    const again = rig.journal.reprint(refund);
    expect(texts(receiptJob(receiptFromJournal(again), SETTINGS, { ...customer, reprint: again.reprint > 0 }))[0]).toBe('*** 重打印 REPRINT ***');
  });

  it('prints a WeChat Pay QR sale with its order number and a balance inquiry with the balance', () => {
    rig = journalRig({ now: clock() });
    const { id: qr } = rig.journal.begin({ type: 'qr-sale', amount: 2_350n, currency: '156', operatorId: '01' });
    rig.journal.step(qr, { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-wechat', presentedBy: 'consumer' } as CardRead });
    rig.journal.step(qr, { to: 'authorising' });
    rig.journal.step(qr, { to: 'approved', host: { responseCode: '00', hostReference: '4200002611202611300012' } });
    expect(texts(receiptJob(receiptFromJournal(rig.journal.receipt(qr)), SETTINGS, customer))).toEqual(
      expect.arrayContaining(['支付方式 PAID WITH | 微信支付 WeChat Pay', '订单号 ORDER NO. | 4200002611202611300012', '交易类型 TRANS TYPE | 扫码 QR PAYMENT']),
    );
    const { id: balance } = rig.journal.begin({ type: 'balance', amount: 0n, currency: '156', operatorId: '01' });
    rig.journal.step(balance, contactCard);
    rig.journal.step(balance, { to: 'authorising', emv: { cryptogram: { type: 'ARQC', value: new Uint8Array(8) } } });
    rig.journal.step(balance, { to: 'approved', host: { responseCode: '00', hostReference: '633421000132', balance: 1_234_567n } });
    expect(texts(receiptJob(receiptFromJournal(rig.journal.receipt(balance)), SETTINGS, customer))).toEqual(expect.arrayContaining(['余额 BALANCE', 'CNY 12345.67']));
  });

  it('refuses to print a declined or unfinished transaction (E-RECEIPT-0002, phase)', () => {
    rig = journalRig({ now: clock() });
    const { id } = rig.journal.begin({ type: 'sale', amount: 100n, currency: '156', operatorId: '01' });
    rig.journal.step(id, contactCard);
    expect(errorOf(() => receiptFromJournal(rig.journal.receipt(id)))).toMatchObject({ code: 'E-RECEIPT-0002', context: { field: 'phase', phase: 'card-read' } });
    rig.journal.step(id, { to: 'declined', path: 'offline' });
    expect(errorOf(() => receiptFromJournal(rig.journal.receipt(id))).context).toMatchObject({ field: 'phase', phase: 'declined' });
  });
});

describe('xReportFromJournal and zReportFromJournal', () => {
  it('prints the journal\'s X and Z totals per scheme and type', () => {
    rig = journalRig({ now: clock() });
    approved('sale', 4_900n, [0x42, 0x03, 0x00]);
    approved('sale', 1_100n, [0x42, 0x03, 0x00]);
    const { id: qr } = rig.journal.begin({ type: 'qr-sale', amount: 2_350n, currency: '156', operatorId: '01' });
    rig.journal.step(qr, { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-wechat', presentedBy: 'consumer' } as CardRead });
    rig.journal.step(qr, { to: 'authorising' });
    rig.journal.step(qr, { to: 'approved', host: { responseCode: '00', hostReference: '4200002611202611300012' } });
    const x = texts(settlementReportJob(xReportFromJournal(rig.journal.xReport(), '01', 156), SETTINGS, 'zh-CN'));
    expect(x).toEqual(expect.arrayContaining(['X 报表(不清零) X REPORT (NOT RESET)', '消费 SALE | 2 | CNY 60.00', '扫码 QR PAYMENT | 1 | CNY 23.50', '净额 NET |  | CNY 83.50']));
    const z = zReportFromJournal(rig.journal.closeBatch('02'), 156);
    expect(z).toMatchObject({ kind: 'z', batch: '000001', operator: '02' });
    expect(texts(settlementReportJob(z, SETTINGS, 'en'))).toEqual(expect.arrayContaining(['Z REPORT (BATCH CLOSED) Z 报表(批结算)', 'WeChat Pay 微信支付', 'Visa 维萨']));
    expect(errorOf(() => zReportFromJournal(rig.journal.zReport(1)!, 840)).context).toMatchObject({ field: 'currency' });
  });
});
