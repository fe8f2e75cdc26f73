// The console renderer: a screen as a box of text, Chinese counted two columns wide, colour
// by tone and style, and stdin's bytes as keys.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { amountScreen, ansiRenderer, drawBox, errorScreen, idleScreen, inputsOf, mainMenuScreen, viewOf, type DisplayPrefs } from '../../src/ui/index.js';
import { CNY, HEALTHY, MENU } from '../fixtures/screen-flows.js';

const EN: DisplayPrefs = { language: 'en', largeType: false, voice: false };
const ZH: DisplayPrefs = { ...EN, language: 'zh-CN' };

describe('the console renderer', () => {
  it('draws the error screen with its code, message and what to do', () => {
    expect(drawBox(viewOf(errorScreen('E-PRINTER-0004'), '', EN), 40, false)).toBe(
      [
        '┌──────────────────────────────────────────┐',
        '│ Cannot continue                          │',
        '├──────────────────────────────────────────┤',
        '│ Error code E-PRINTER-0004                │',
        '│ Printer is out of paper                  │',
        '│ → Load a new paper roll and close the    │',
        '│   cover, then print again.               │',
        '│                                          │',
        '│ [1] OK                                   │',
        '└──────────────────────────────────────────┘',
      ].join('\n'),
    );
  });

  it('draws the amount screen in Chinese, two columns a character, with the amount as typed', () => {
    expect(drawBox(viewOf(amountScreen('sale', CNY, 100_000n), '1250', ZH), 30, false)).toBe(
      [
        '┌────────────────────────────────┐',
        '│ 消费                           │',
        '├────────────────────────────────┤',
        '│ → 请输入金额,然后按确认        │',
        '│                                │',
        '│ [¥12.50]                       │',
        '│                                │',
        '│ [Esc] 取消                     │',
        '└────────────────────────────────┘',
      ].join('\n'),
    );
  });

  it('puts one menu button a row when they do not fit on one, and colours faults red', () => {
    const menu = drawBox(viewOf(mainMenuScreen({ id: '01', role: 'cashier' }, MENU.cashier), '', EN), 40, false).split('\n');
    expect(menu.slice(5, 13).map((l) => l.slice(2).trimEnd().replace(/ *│$/, ''))).toEqual(['[1] Sale', '[2] Refund', '[3] Void', '[4] Balance enquiry', '[5] QR payment', '[6] Transactions', '[7] X report', '[8] Sign out']);
    const idle = drawBox(viewOf(idleScreen(HEALTHY), '', EN), 40, true);
    expect(idle).toContain('\x1b[31m✖ Printer: working with a fault —\x1b[0m');
    expect(idle).toContain('\x1b[32m✔ Card reader: OK\x1b[0m');
  });

  it('reads digits, Enter, Esc, Backspace and Delete from stdin, and digits as buttons on a choice screen', () => {
    const choice = viewOf(mainMenuScreen({ id: '01', role: 'cashier' }, MENU.cashier), '', EN);
    expect(inputsOf('2', choice)).toEqual([{ kind: 'key', key: { kind: 'button', id: 'refund' } }]);
    expect(inputsOf('9', choice)).toEqual([{ kind: 'key', key: { kind: 'digit', digits: '9' } }]);
    const keypad = viewOf(amountScreen('sale', CNY, 100n), '', EN);
    expect(inputsOf('2\r\x1b\x7f\x1b[3~\x1b[A', keypad).map((i) => (i.kind === 'key' ? i.key.kind : i.kind))).toEqual(['digit', 'enter', 'cancel', 'back', 'clear']);
    expect(inputsOf('l', keypad)).toEqual([{ kind: 'prefs', prefs: { language: 'zh-CN' } }]);
  });

  it('clears the console before each box', () => {
    const output = new PassThrough();
    const r = ansiRenderer({ output, columns: 40 });
    r.render(viewOf(errorScreen('E-PRINTER-0004'), '', EN));
    const written = String(output.read());
    expect(written.startsWith('\x1b[2J\x1b[H┌')).toBe(true);
    expect(written).toContain('Error code E-PRINTER-0004');
  });
});
