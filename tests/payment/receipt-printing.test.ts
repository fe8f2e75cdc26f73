// Receipts, a Z report and a merchant-presented QR slip printed the whole way: the payment
// layer's print job through the kernel's Printer (the ESC/POS driver over a real TCP socket)
// into the virtual printer, whose paper is rendered to PNG and read back — text from the parsed
// paper, QR codes from the picture with a QR decoder. POSRT_SCREENSHOTS=DIR keeps the PNGs
// (docs/receipt-zh-pin-customer.png and docs/receipt-en-signature-merchant.png are two of them).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EscPosPrinter, tcpLine } from '../../src/devices/printer/index.js';
import { renderReceipt } from '../../src/emulators/printer/render.js';
import { VirtualPrinter } from '../../src/emulators/printer/virtual-printer.js';
import type { PrintJob } from '../../src/kernel/index.js';
import { buildMerchantQr, merchantQrSlipJob, parseMerchantQr } from '../../src/payment/qr/index.js';
import { receiptJob, settlementReportJob } from '../../src/payment/receipt/index.js';
import { AT, SETTINGS, UNIONPAY_PIN_SALE, VISA_SIGNATURE_SALE } from '../fixtures/receipts/payment.js';
import { decodePng, readQr } from '../support/png.js';

const FAST = { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 };

let virtual: VirtualPrinter;
let printer: EscPosPrinter;

beforeEach(async () => {
  virtual = new VirtualPrinter();
  const port = await virtual.listen(0);
  const open = tcpLine('127.0.0.1', port);
  printer = new EscPosPrinter(await open(), open, FAST);
});

afterEach(async () => {
  await printer.close();
  await virtual.close();
});

/** Prints the job, checks the printer confirmed it and read it cleanly; the paper's text lines
 *  and the rendered PNG. */
async function printed(job: PrintJob, keepAs: string): Promise<{ lines: string[]; png: Uint8Array }> {
  expect(await printer.print(job)).toEqual({ kind: 'printed', jobId: job.id });
  expect(virtual.parseErrors).toEqual([]);
  const receipt = virtual.receipts.at(-1)!;
  const png = renderReceipt(receipt).png;
  const keep = process.env.POSRT_SCREENSHOTS;
  if (keep) writeFileSync(resolve(keep, keepAs), png);
  const lines = receipt.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((r) => r.text).join('')] : []));
  return { lines, png };
}

const squeezed = (line: string) => line.replace(/ {2,}/g, ' ').trim();

describe('receipts through the printer capability to the virtual printer', () => {
  it('prints a zh-CN cardholder copy of a PIN sale: fields on paper, the e-receipt QR readable', async () => {
    const { lines, png } = await printed(receiptJob(UNIONPAY_PIN_SALE, SETTINGS, { copy: 'customer', language: 'zh-CN', reprint: false }), 'receipt-zh-pin-customer.png');
    const text = lines.map(squeezed);
    expect(text).toEqual(
      expect.arrayContaining(['鲜果便利店', '持卡人存根 CARDHOLDER COPY', '卡号 CARD NO. 622202******3457', '交易类型 TRANS TYPE 消费 SALE', '金额 AMOUNT', 'CNY 49.00', 'ARQC 8E1F0C2A9B3D4E5F', '密码已验证 PIN VERIFIED']),
    );
    expect(text.join('\n')).not.toContain('SIGNATURE');
    expect(readQr(decodePng(png))).toBe('https://r.posrt.dev/e/10021042/wP_uAAAAQACAAAAAAAABIw');
  });

  it('prints an en merchant copy of a signature sale with the signature line, and its reprint marked', async () => {
    const { lines } = await printed(receiptJob(VISA_SIGNATURE_SALE, SETTINGS, { copy: 'merchant', language: 'en', reprint: false }), 'receipt-en-signature-merchant.png');
    const text = lines.map(squeezed);
    expect(text).toEqual(expect.arrayContaining(['FRESH MART', 'MERCHANT COPY 商户存根', 'CARD NO. 卡号 476173******0119', 'AMOUNT 金额', 'CNY 1288.00', 'TC 1A2B3C4D5E6F7081', 'CARDHOLDER SIGNATURE 持卡人签名']));
    expect(text.join(' ')).toContain('I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES');
    const reprint = await printed(receiptJob(VISA_SIGNATURE_SALE, SETTINGS, { copy: 'merchant', language: 'en', reprint: true }), 'receipt-en-signature-reprint.png');
    expect(reprint.lines.map(squeezed)[0]).toBe('*** REPRINT 重打印 ***');
    expect(virtual.receipts).toHaveLength(2);
  });

  it('prints a Z report with totals per scheme and type', async () => {
    const report = settlementReportJob(
      {
        kind: 'z',
        batch: '000007',
        operator: '01',
        from: new Date('2026-11-30T01:00:00Z'),
        to: AT,
        printedAt: AT,
        currency: 156,
        totals: [
          { scheme: 'unionpay', kind: 'sale', count: 12, amount: 58_800n },
          { scheme: 'unionpay', kind: 'refund', count: 1, amount: 1_500n },
          { scheme: 'visa', kind: 'sale', count: 1, amount: 128_800n },
          { scheme: 'wechat', kind: 'qr-sale', count: 3, amount: 7_050n },
        ],
      },
      SETTINGS,
      'zh-CN',
    );
    const { lines } = await printed(report, 'report-z-zh.png');
    expect(lines.map(squeezed)).toEqual(expect.arrayContaining(['Z 报表(批结算) Z REPORT (BATCH CLOSED)', '消费 SALE 12 CNY 588.00', '净额 NET CNY 573.00', '净额 NET CNY 1931.50']));
  });

  it('prints a dynamic merchant-presented QR that reads back as the same EMV payload, Chinese name included', async () => {
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
      alternateLanguage: { language: 'ZH', name: '鲜果便利店', city: '上海' },
    });
    const { png } = await printed(merchantQrSlipJob({ payload, amount: 4_900n, currency: 156, reference: '633421000140' }, SETTINGS, 'zh-CN'), 'merchant-qr-zh.png');
    const read = readQr(decodePng(png));
    expect(read).toBe(payload);
    expect(parseMerchantQr(read!).alternateLanguage?.name).toBe('鲜果便利店');
  });
});
