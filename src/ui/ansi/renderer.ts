// The console renderer for headless development: each view as a box of text on an ANSI
// terminal, keys from stdin. Digits type on keypad screens and pick a button (1, 2, …) on
// choice screens; Enter, Esc (cancel), Backspace, Delete (clear); l switches the language and
// v the voice. Large type has no meaning on a console and is left to the kiosk.
import type { Renderer, UserInput } from '../driver.js';
import type { Key } from '../entry.js';
import type { LineStyle, Tone } from '../screen.js';
import type { View } from '../view.js';
import { displayWidth, wrap } from './width.js';

export interface AnsiOptions {
  readonly output: NodeJS.WritableStream;
  /** Keys; a TTY is put in raw mode. None: output only. */
  readonly input?: NodeJS.ReadableStream;
  /** Columns inside the box. */
  readonly columns?: number;
  /** Colours and bold; off for a pipe or a log. */
  readonly colour?: boolean;
}

const SGR = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  tone: { neutral: '\x1b[1;34m', busy: '\x1b[1;36m', success: '\x1b[1;32m', warning: '\x1b[1;33m', error: '\x1b[1;31m' } satisfies Record<Tone, string>,
  style: { body: '', amount: '\x1b[1m', code: '\x1b[1;31m', hint: '\x1b[33m', ok: '\x1b[32m', fault: '\x1b[31m' } satisfies Record<LineStyle, string>,
};

const MARK: Readonly<Record<LineStyle, string>> = { body: '', amount: '', code: '', hint: '→ ', ok: '✔ ', fault: '✖ ' };

/** The box for one view, lines joined with \n (no screen clearing). */
export function drawBox(view: View, columns: number, colour: boolean): string {
  const paint = (sgr: string, text: string): string => (colour && sgr !== '' ? `${sgr}${text}${SGR.reset}` : text);
  const row = (text: string, sgr = ''): string => `│ ${paint(sgr, text)}${' '.repeat(Math.max(0, columns - displayWidth(text)))} │`;
  const out = [`┌${'─'.repeat(columns + 2)}┐`];
  for (const t of wrap(view.title, columns)) out.push(row(t, SGR.tone[view.tone]));
  out.push(`├${'─'.repeat(columns + 2)}┤`);
  for (const line of view.lines) {
    // A wrapped line keeps its text clear of the mark (→, ✔, ✖) on the lines after the first.
    const mark = MARK[line.style];
    wrap(mark + line.text, columns - mark.length).forEach((t, i) => out.push(row(i === 0 ? t : ' '.repeat(mark.length) + t, SGR.style[line.style])));
  }
  if (view.keypad !== null) {
    if (view.lines.length > 0) out.push(row(''));
    const label = view.keypad.label === '' ? '' : `${view.keypad.label}: `;
    for (const t of wrap(`${label}[${view.keypad.shown}]`, columns)) out.push(row(t, SGR.bold));
  }
  if (view.buttons.length > 0) {
    out.push(row(''));
    // Choice screens number their buttons; on keypad screens digits type, so buttons show keys.
    const keyOf = (i: number, role: string): string => (view.keypad !== null ? (role === 'cancel' ? 'Esc' : '') : String(i + 1));
    const labels = view.buttons.map((b, i) => {
      const k = keyOf(i, b.role);
      return k === '' ? `[${b.label}]` : `[${k}] ${b.label}`;
    });
    // One row when they fit, else one button a row (a label is never split between rows).
    const oneRow = labels.join('  ');
    for (const t of displayWidth(oneRow) <= columns ? [oneRow] : labels.flatMap((l) => wrap(l, columns))) out.push(row(t));
  }
  out.push(`└${'─'.repeat(columns + 2)}┘`);
  if (view.qr !== null) out.push(...qrBlocks(view.qr));
  return out.join('\n');
}

/** A code under the box, two module rows to a text line in half blocks, with its 4-module quiet
 *  zone. A console's glyphs are light on dark, so the blocks are the code's light modules: a
 *  phone scans the dark ones off the background, as it would off paper (qrencode's UTF8 mode). */
export function qrBlocks(rows: readonly string[]): string[] {
  const side = rows.length + 8;
  const light = (x: number, y: number): boolean => rows[y - 4]?.[x - 4] !== '1';
  const out: string[] = [];
  for (let y = 0; y < side; y += 2) {
    let line = '';
    for (let x = 0; x < side; x++) {
      const top = light(x, y);
      const bottom = y + 1 < side && light(x, y + 1);
      line += top ? (bottom ? '█' : '▀') : bottom ? '▄' : ' ';
    }
    out.push(line);
  }
  return out;
}

/** What a chunk of stdin means on this view. */
export function inputsOf(chunk: string, view: View | null): UserInput[] {
  const out: UserInput[] = [];
  const key = (k: Key): void => void out.push({ kind: 'key', key: k });
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    if (chunk.startsWith('\x1b[3~', i)) {
      key({ kind: 'clear' });
      i += 3;
    } else if (c === '\x1b') {
      // A lone Esc is cancel; another escape sequence (arrows) is skipped whole.
      const m = /^\x1b\[[0-9;]*[A-Za-z~]/.exec(chunk.slice(i));
      if (m) i += m[0].length - 1;
      else key({ kind: 'cancel' });
    } else if (c === '\r' || c === '\n') key({ kind: 'enter' });
    else if (c === '\x7f' || c === '\b') key({ kind: 'back' });
    else if (c >= '0' && c <= '9') {
      const button = view !== null && view.keypad === null && c !== '0' ? view.buttons[Number(c) - 1] : undefined;
      if (button !== undefined) key({ kind: 'button', id: button.id });
      else key({ kind: 'digit', digits: c as Extract<Key, { kind: 'digit' }>['digits'] });
    } else if (c === 'l' && view !== null) out.push({ kind: 'prefs', prefs: { language: view.prefs.language === 'en' ? 'zh-CN' : 'en' } });
    else if (c === 'v' && view !== null) out.push({ kind: 'prefs', prefs: { voice: !view.prefs.voice } });
  }
  return out;
}

export function ansiRenderer(o: AnsiOptions): Renderer & { close(): void } {
  const columns = o.columns ?? 44;
  const colour = o.colour ?? false;
  const listeners: ((input: UserInput) => void)[] = [];
  let view: View | null = null;
  const input = o.input as (NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => void }) | undefined;
  const onData = (data: Buffer | string): void => {
    // Raw mode swallows Ctrl-C; it still stops the process.
    if (data.toString().includes('\x03')) process.kill(process.pid, 'SIGINT');
    for (const i of inputsOf(data.toString(), view)) for (const l of listeners) l(i);
  };
  if (input !== undefined) {
    if (input.isTTY) input.setRawMode?.(true);
    input.on('data', onData);
  }
  return {
    render(v) {
      view = v;
      // Clear the screen and home the cursor, then the box.
      o.output.write(`\x1b[2J\x1b[H${drawBox(v, columns, colour)}\n`);
    },
    onInput(listener) {
      listeners.push(listener);
    },
    close() {
      input?.off('data', onData);
      if (input?.isTTY) input.setRawMode?.(false);
    },
  };
}
