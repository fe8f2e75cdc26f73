// A receipt from the virtual printer as a PNG: the elements laid out on the 576-dot paper as
// SVG, rasterised by resvg with a CJK font from Debian (fonts-wqy-microhei, installed by
// scripts/setup). Every character sits in its own cell (12 dots for ASCII, 24 for Chinese,
// times the size multiplier), as on a thermal head, so columns line up as the printer's do.
// A cut is drawn as a dashed line with notches at both edges (a partial cut leaves a stub).
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import JsBarcode from 'jsbarcode';
import { PosError } from '../../errors/index.js';
import { ean13CheckDigit } from '../../wire/escpos/ean13.js';
import type { Align } from './commands.js';
import { CELL, LINE_PITCH, PAPER_DOTS, type Element, type Receipt, type Run } from './paper.js';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const FAMILY = 'WenQuanYi Micro Hei Mono';
export const MARGIN = 16;
const CUT_SPACE = 24;
const HRI_HEIGHT = 30;

export interface RenderedReceipt {
  readonly png: Uint8Array;
  readonly svg: string;
  /** Where each element landed, top y in pixels of the PNG, for tests to look at. */
  readonly boxes: readonly { readonly kind: Element['kind']; readonly top: number; readonly height: number }[];
}

export function renderReceipt(receipt: Receipt, fontFile = CJK_FONT): RenderedReceipt {
  if (!existsSync(fontFile)) throw new PosError('E-ESCPOS-0005', { reason: 'CJK font missing', font: fontFile });
  const parts: string[] = [];
  const boxes: { kind: Element['kind']; top: number; height: number }[] = [];
  let y = MARGIN;
  for (const e of receipt.elements) {
    const height = draw(e, y, parts);
    boxes.push({ kind: e.kind, top: y, height });
    y += height;
  }
  const width = PAPER_DOTS + 2 * MARGIN;
  const total = y + MARGIN;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}"><rect width="${width}" height="${total}" fill="#fff"/>${parts.join('')}</svg>`;
  const png = new Resvg(svg, { background: '#fff', font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: FAMILY } }).render().asPng();
  return { png: new Uint8Array(png), svg, boxes };
}

function left(align: Align, width: number): number {
  const room = Math.max(0, PAPER_DOTS - width);
  return MARGIN + (align === 'left' ? 0 : align === 'center' ? Math.floor(room / 2) : room);
}

function draw(e: Element, y: number, out: string[]): number {
  switch (e.kind) {
    case 'blank':
      return e.dots;
    case 'text':
      return drawText(e.runs, e.align, y, out);
    case 'qr': {
      const size = e.modules.length * e.module;
      const x0 = left(e.align, size);
      let path = '';
      e.modules.forEach((row, r) => row.forEach((dark, c) => dark && (path += `M${x0 + c * e.module} ${y + r * e.module}h${e.module}v${e.module}h-${e.module}z`)));
      out.push(`<path d="${path}" fill="#000"/>`);
      return size + 6;
    }
    case 'barcode':
      return drawBarcode(e, y, out);
    case 'raster': {
      const w = e.widthBytes * 8 * e.scale.x;
      const x0 = left(e.align, w);
      let path = '';
      for (let r = 0; r < e.height; r++) {
        let run = -1;
        for (let c = 0; c <= e.widthBytes * 8; c++) {
          const on = c < e.widthBytes * 8 && (e.bits[r * e.widthBytes + (c >> 3)]! & (0x80 >> (c & 7))) !== 0;
          if (on && run < 0) run = c;
          if (!on && run >= 0) {
            path += `M${x0 + run * e.scale.x} ${y + r * e.scale.y}h${(c - run) * e.scale.x}v${e.scale.y}h-${(c - run) * e.scale.x}z`;
            run = -1;
          }
        }
      }
      out.push(`<path d="${path}" fill="#000"/>`);
      return e.height * e.scale.y;
    }
    case 'cut': {
      const mid = y + CUT_SPACE / 2;
      const x1 = MARGIN + PAPER_DOTS;
      const stub = e.partial ? `<line x1="${MARGIN + PAPER_DOTS / 2 - 20}" y1="${mid}" x2="${MARGIN + PAPER_DOTS / 2 + 20}" y2="${mid}" stroke="#fff" stroke-width="3"/>` : '';
      out.push(
        `<line x1="${MARGIN}" y1="${mid}" x2="${x1}" y2="${mid}" stroke="#000" stroke-width="2" stroke-dasharray="8 6"/>${stub}` +
          `<path d="M0 ${mid - 8}L${MARGIN - 4} ${mid}L0 ${mid + 8}z M${x1 + 2 * MARGIN} ${mid - 8}L${x1 + 4} ${mid}L${x1 + 2 * MARGIN} ${mid + 8}z" fill="#000"/>`,
      );
      return CUT_SPACE;
    }
  }
}

function drawText(runs: readonly Run[], align: Align, y: number, out: string[]): number {
  const lineHeight = Math.max(...runs.map((r) => r.height)) * 24;
  const cells = runs.map((r) => [...r.text].map((ch) => ({ ch, w: (ch.codePointAt(0)! < 0x80 ? CELL : 2 * CELL) * r.width })));
  const width = cells.flat().reduce((a, c) => a + c.w, 0);
  let x = left(align, width);
  runs.forEach((run, i) => {
    const size = 24 * run.height;
    const base = y + lineHeight - Math.round(size * 0.17);
    const xs: number[] = [];
    let text = '';
    const start = x;
    for (const c of cells[i]!) {
      if (c.ch !== ' ') {
        xs.push(x + (c.w - (c.ch.codePointAt(0)! < 0x80 ? size / 2 : size) * (run.width / run.height)) / 2);
        text += escapeXml(c.ch);
      }
      x += c.w;
    }
    const stretch = run.width !== run.height ? ` transform="scale(${run.width / run.height} 1)"` : '';
    if (text !== '') {
      const xsScaled = xs.map((v) => (stretch ? v / (run.width / run.height) : v).toFixed(1)).join(' ');
      const bold = run.bold ? ' stroke="#000" stroke-width="1.2"' : '';
      out.push(`<text x="${xsScaled}" y="${base}" font-family="${FAMILY}" font-size="${size}" fill="#000"${bold}${stretch}>${text}</text>`);
    }
    if (run.underline) out.push(`<rect x="${start}" y="${y + lineHeight}" width="${x - start}" height="2" fill="#000"/>`);
  });
  return lineHeight + (LINE_PITCH - 24);
}

function drawBarcode(e: Extract<Element, { kind: 'barcode' }>, y: number, out: string[]): number {
  const encoded: { encodings?: { data: string }[] } = {};
  JsBarcode(encoded, e.data, { format: e.symbology === 'ean13' ? 'EAN13' : 'CODE128B' });
  const bars = (encoded.encodings ?? []).map((x) => x.data).join('');
  const width = bars.length * e.module;
  const x0 = left(e.align, width);
  let top = y;
  const hri = (at: number) =>
    out.push(`<text x="${MARGIN + PAPER_DOTS / 2}" y="${at + 22}" text-anchor="middle" font-family="${FAMILY}" font-size="24" fill="#000">${escapeXml(e.symbology === 'ean13' ? e.data + ean13CheckDigit(e.data) : e.data)}</text>`);
  if (e.hri === 'above' || e.hri === 'both') {
    hri(top);
    top += HRI_HEIGHT;
  }
  let path = '';
  for (let i = 0; i < bars.length; i++) if (bars[i] === '1') path += `M${x0 + i * e.module} ${top}h${e.module}v${e.height}h-${e.module}z`;
  out.push(`<path d="${path}" fill="#000"/>`);
  top += e.height;
  if (e.hri === 'below' || e.hri === 'both') {
    hri(top);
    top += HRI_HEIGHT;
  }
  return top - y + 6;
}


function escapeXml(ch: string): string {
  return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
}
