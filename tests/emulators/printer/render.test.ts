// The virtual printer's picture of a receipt, looked at as a person would: the QR code reads
// back, the text rows carry ink where the layout put them, the logo and the cut mark are there.
import { describe, expect, it } from 'vitest';
import { encodeJob } from '../../../src/devices/printer/index.js';
import { PAPER_DOTS } from '../../../src/emulators/printer/paper.js';
import { MARGIN, renderReceipt } from '../../../src/emulators/printer/render.js';
import { VirtualPrinter } from '../../../src/emulators/printer/virtual-printer.js';
import { RECEIPT_QR, saleReceipt } from '../../fixtures/receipts/sale.js';
import { decodePng, inkIn, isInk, readQr } from '../../support/png.js';

function printed() {
  const printer = new VirtualPrinter();
  printer.session(() => undefined).push(encodeJob(saleReceipt('r1')));
  expect(printer.parseErrors).toEqual([]);
  expect(printer.receipts).toHaveLength(1);
  return renderReceipt(printer.receipts[0]!);
}

describe('renderReceipt', () => {
  const rendered = printed();
  const picture = decodePng(rendered.png);

  it('is a PNG as wide as an 80 mm head plus margins', () => {
    expect(picture.width).toBe(PAPER_DOTS + 2 * MARGIN);
    expect(picture.height).toBeGreaterThan(1000);
  });

  it('draws a QR code that decodes back to the data sent', () => {
    expect(readQr(picture)).toBe(RECEIPT_QR);
  });

  it('puts ink on every text row and none in the margins', () => {
    const rows = rendered.boxes.filter((b) => b.kind === 'text');
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(inkIn(picture, row.top, row.height)).toBeGreaterThan(40);
    const cut = rendered.boxes.find((b) => b.kind === 'cut')!;
    // The cut's notches reach into the margins; nothing above them does.
    expect(inkIn(picture, 0, cut.top, 0, MARGIN - 2)).toBe(0);
    expect(inkIn(picture, 0, cut.top, MARGIN + PAPER_DOTS + 2, MARGIN - 4)).toBe(0);
  });

  it('centres the logo and draws the cut as a dashed line across the paper', () => {
    const logo = rendered.boxes.find((b) => b.kind === 'raster')!;
    expect(inkIn(picture, logo.top, logo.height, 0, MARGIN + 190)).toBe(0);
    expect(inkIn(picture, logo.top, logo.height)).toBeGreaterThan(500);
    const cut = rendered.boxes.find((b) => b.kind === 'cut')!;
    const mid = cut.top + Math.floor(cut.height / 2);
    let dashes = 0;
    for (let x = MARGIN + 1; x < MARGIN + PAPER_DOTS; x++) if (isInk(picture, x, mid) && !isInk(picture, x - 1, mid)) dashes++;
    expect(dashes).toBeGreaterThan(30);
  });

  it('draws Chinese glyphs with the CJK font, not boxes or blanks', () => {
    // The title, double size and centred: '鲜果便利店 FRESH MART' is 5 x 48 + 11 x 24 = 504 dots,
    // so it starts at 36 dots; each Chinese character is a 48-dot cell of its own shape.
    const title = rendered.boxes.find((b) => b.kind === 'text')!;
    const left = MARGIN + (PAPER_DOTS - 504) / 2;
    const cells = [0, 1, 2, 3, 4].map((k) => inkIn(picture, title.top, title.height, left + k * 48, 48));
    for (const ink of cells) expect(ink).toBeGreaterThan(300);
    expect(new Set(cells).size).toBe(5);
    expect(inkIn(picture, title.top, title.height, 0, left)).toBe(0);
  });
});
