// The scan-to-pay screens as the renderers get them: the merchant-presented code in the view
// reads back, with a QR decoder (jsqr), as the very payload the engine built — drawn as the kiosk
// page draws it and as the console's half blocks — and the screens wait with Cancel only.
import { describe, expect, it } from 'vitest';
import { buildMerchantQr, qrMatrix } from '../../src/payment/qr/index.js';
import { drawBox, merchantQrScreen, qrBlocks, qrMethodScreen, scanCodeScreen, viewOf, type DisplayPrefs } from '../../src/ui/index.js';
import { CNY } from '../fixtures/screen-flows.js';
import { readQr, type Picture } from '../support/png.js';

const PREFS: DisplayPrefs = { language: 'en', largeType: false, voice: false };
/** As the engine builds it for npm start's shipped merchant (config/merchant-qr.json), with a
 *  Chinese name in the alternate-language template so multi-byte UTF-8 goes through too. */
const PAYLOAD = buildMerchantQr({
  initiation: 'dynamic',
  accounts: [{ kind: 'primitive', id: '15', value: '6221234567890123' }],
  mcc: '5411',
  currency: 156,
  country: 'CN',
  merchantName: 'POSRT DEMO MERCHANT',
  city: 'SHANGHAI',
  amount: 1_288n,
  additional: { referenceLabel: '000001000042', terminalLabel: '00000001' },
  alternateLanguage: { language: 'ZH', name: '演示商户', city: '上海' },
});

/** Modules as pixels, `scale` to a module, white where light; `dark(x, y)` over [0, side). */
function picture(side: number, scale: number, dark: (x: number, y: number) => boolean): Picture {
  const width = side * scale;
  const rgba = new Uint8Array(width * width * 4);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const v = dark(Math.floor(x / scale), Math.floor(y / scale)) ? 0 : 255;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  return { width, height: width, rgba };
}

describe('the merchant-presented code screen', () => {
  const view = viewOf(merchantQrScreen(qrMatrix(PAYLOAD), 1_288n, CNY), '', PREFS);

  it("carries the engine's code: the view's modules read back as the MPM payload", () => {
    const rows = view.qr!;
    expect(rows.length).toBeGreaterThanOrEqual(21);
    // The kiosk page's drawing: 4 light modules around the rows.
    const shown = picture(rows.length + 8, 6, (x, y) => rows[y - 4]?.[x - 4] === '1');
    expect(readQr(shown)).toBe(PAYLOAD);
  });

  it("reads back from the console's half blocks, whose ink is the light modules", () => {
    const blocks = qrBlocks(view.qr!);
    const side = view.qr!.length + 8;
    expect(blocks).toHaveLength(Math.ceil(side / 2));
    for (const line of blocks) expect([...line]).toHaveLength(side);
    // A glyph's upper half is the even module row, its lower half the odd one.
    const lit = (x: number, y: number): boolean => {
      const c = [...blocks[y >> 1]!][x]!;
      return c === '█' || (y % 2 === 0 ? c === '▀' : c === '▄');
    };
    expect(readQr(picture(side, 6, (x, y) => !lit(x, y)))).toBe(PAYLOAD);
    expect(drawBox(view, 44, false).split('\n').slice(-blocks.length)).toEqual(blocks);
  });

  it('shows the amount and the wait, with Cancel as its only button', () => {
    expect(view.title).toBe('Scan to pay');
    expect(view.lines).toEqual([
      { text: 'CN¥12.88', style: 'amount' },
      { text: "Scan this code with the customer's payment app", style: 'body' },
      { text: 'Waiting for the payment…', style: 'hint' },
    ]);
    expect(view.buttons.map((b) => b.role)).toEqual(['cancel']);
    expect(viewOf(merchantQrScreen(qrMatrix(PAYLOAD), 1_288n, CNY), '', { ...PREFS, language: 'zh-CN' }).title).toBe('请扫码付款');
  });

  it('offers Print with a printer, hides it while the slip prints, and says how the slip went under the wait', () => {
    const of = (slip: Parameters<typeof merchantQrScreen>[3], prefs = PREFS) => viewOf(merchantQrScreen(qrMatrix(PAYLOAD), 1_288n, CNY, slip), '', prefs);
    expect(of({ kind: 'offered' }).buttons.map((b) => [b.id, b.label])).toEqual([['print', 'Print code'], ['cancel', 'Cancel']]);
    expect(of({ kind: 'offered' }).lines).toHaveLength(3);
    expect(of({ kind: 'printing' }).buttons.map((b) => b.id)).toEqual(['cancel']);
    expect(of({ kind: 'printing' }).lines.at(-1)!.text).toBe('Printing the code…');
    expect(of({ kind: 'printed' }).lines.at(-1)!.text).toBe('Code printed');
    expect(of({ kind: 'failed', code: 'E-PRINTER-0004' }).lines.at(-1)!.text).toBe('Code not printed: error code E-PRINTER-0004');
    expect(of({ kind: 'failed', code: 'E-PRINTER-0004' }, { ...PREFS, language: 'zh-CN' }).lines.at(-1)!.text).toBe('二维码未打印:错误码 E-PRINTER-0004');
    // The code stays drawn whatever the slip does.
    expect(of({ kind: 'failed', code: 'E-PRINTER-0004' }).qr).toEqual(view.qr);
  });
});

describe("the customer's code screen and the choice", () => {
  it('asks for the payment code at the scanner, with no code drawn, and says so', () => {
    const screen = scanCodeScreen(1_288n, CNY);
    const view = viewOf(screen, '', PREFS);
    expect(view.qr).toBeNull();
    expect(view.lines.map((l) => l.text)).toEqual(['CN¥12.88', 'Hold the payment code in front of the scanner']);
    expect(view.buttons.map((b) => b.id)).toEqual(['cancel']);
    expect(screen.voice).toEqual({ en: 'Please show your payment code to the scanner', 'zh-CN': '请出示您的付款码' });
  });

  it('offers the methods given, then Cancel', () => {
    expect(viewOf(qrMethodScreen(['merchant', 'consumer'], 1_288n, CNY), '', PREFS).buttons.map((b) => [b.id, b.label])).toEqual([
      ['merchant', 'Customer scans this screen'],
      ['consumer', "Scan the customer's code"],
      ['cancel', 'Cancel'],
    ]);
  });
});
