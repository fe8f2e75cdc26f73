// A keyboard-wedge scanner emulator as its own process: it types codes as Linux input events
// (src/wire/keyboard) into a FIFO that stands in for /dev/input/eventN, which a test cannot
// create without uinput and root:
//   mkfifo /tmp/wedge && tsx src/emulators/scanner/wedge.ts --device /tmp/wedge [--event-size 16|24]
// `scan TEXT` types the code on the US layout (Shift around shifted characters, EV_SYN after each
// key) and Enter; `raw HEX` writes bytes as they are. It holds the FIFO open for reading and
// writing, so neither end's open waits for the other; its exit is the device unplugged (EOF).
import { openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromHex } from '../../bytes/hex.js';
import { encodeInputEvent, EV_KEY, EV_SYN, KEY_PRESSED, KEY_RELEASED, NATIVE_EVENT_SIZE, type EventSize } from '../../wire/keyboard/input-event.js';
import { KEY_ENTER, KEY_LEFTSHIFT, keyFor } from '../../wire/keyboard/us-keymap.js';
import { onCommand, runEmulator, say } from '../serial/emulator-process.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { device: { type: 'string' }, 'event-size': { type: 'string' } } });
  const size = (values['event-size'] === undefined ? NATIVE_EVENT_SIZE : Number(values['event-size'])) as EventSize;
  if (!values.device || (size !== 16 && size !== 24)) {
    process.stderr.write('usage: wedge.ts --device <fifo> [--event-size 16|24]\n');
    process.exit(2);
  }
  const fd = openSync(values.device, 'r+');
  const write = (bytes: Uint8Array) => writeSync(fd, bytes);
  const key = (code: number, value: number) => {
    write(encodeInputEvent({ type: EV_KEY, code, value }, size));
    write(encodeInputEvent({ type: EV_SYN, code: 0, value: 0 }, size));
  };
  const tap = (code: number) => {
    key(code, KEY_PRESSED);
    key(code, KEY_RELEASED);
  };
  onCommand((line) => {
    if (line.startsWith('raw ')) return void write(fromHex(line.slice('raw '.length)));
    if (!line.startsWith('scan ')) return say({ event: 'command-ignored' });
    const text = line.slice('scan '.length);
    const keys = [...text].map(keyFor);
    const missing = keys.indexOf(null);
    if (missing >= 0) return say({ event: 'unsupported', offset: missing });
    for (const k of keys) {
      if (k!.shift) key(KEY_LEFTSHIFT, KEY_PRESSED);
      tap(k!.code);
      if (k!.shift) key(KEY_LEFTSHIFT, KEY_RELEASED);
    }
    tap(KEY_ENTER);
    say({ event: 'scanned', length: text.length });
  });
  say({ event: 'ready', device: values.device });
}

runEmulator(main);
