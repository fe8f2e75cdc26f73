// The kernel's print model spelled short, for the payment layer's slips: a label/value row in
// two halves, text, rules. Widths are shares, so one layout prints on 58 mm and 80 mm paper.
import type { PrintAlign, PrintLine } from '../../kernel/index.js';

export interface TextStyle {
  readonly align?: PrintAlign;
  readonly bold?: boolean;
  readonly size?: 1 | 2;
}

export function text(t: string, style: TextStyle = {}): PrintLine {
  return { kind: 'text', text: t, align: style.align ?? 'left', bold: style.bold ?? false, underline: false, size: style.size ?? 1 };
}

/** Label left, value right; the value's cell is the larger so reference numbers stay on one line. */
export function row(label: string, value: string, style: { readonly bold?: boolean; readonly size?: 1 | 2 } = {}): PrintLine {
  return {
    kind: 'columns',
    cells: [
      { text: label, width: 1, align: 'left' },
      { text: value, width: 1, align: 'right' },
    ],
    bold: style.bold ?? false,
    size: style.size ?? 1,
  };
}

export function columns(cells: readonly [string, number, PrintAlign][], bold = false): PrintLine {
  return { kind: 'columns', cells: cells.map(([t, width, align]) => ({ text: t, width, align })), bold, size: 1 };
}

/** A sum to be read at a glance: its label, then the amount at double size on a line of its
 *  own, so a long amount stays whole on 58 mm paper instead of wrapping inside half a line. */
export function total(label: string, value: string): PrintLine[] {
  return [text(label, { bold: true }), text(value, { align: 'right', bold: true, size: 2 })];
}

export const rule = (char: '-' | '=' = '-'): PrintLine => ({ kind: 'rule', char });
export const feed = (lines: number): PrintLine => ({ kind: 'feed', lines });
export const cut: PrintLine = { kind: 'cut' };
