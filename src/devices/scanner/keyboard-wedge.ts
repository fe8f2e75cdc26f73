// Keyboard-wedge scanners (USB HID keyboard mode) on Linux: the configured input devices are read
// as lines of key events (input-event-line.ts), decoded on the US layout (keyboard-decoder.ts)
// and framed at Enter like a serial scanner's CR, through the same SerialScanner and the same
// discovery: a device that vanishes is detached, one that appears is attached.
import type { EventSize } from '../../wire/keyboard/input-event.js';
import { NATIVE_EVENT_SIZE } from '../../wire/keyboard/input-event.js';
import { SerialDiscovery, type LineOpener } from '../serial/index.js';
import { openInputEventLine } from './input-event-line.js';
import { KeyboardDecoder } from './keyboard-decoder.js';
import { DEFAULT_SETTINGS, SerialScanner, type ScannerInput, type ScannerSettings } from './serial-scanner.js';

export function wedgeInput(eventSize: EventSize = NATIVE_EVENT_SIZE): ScannerInput {
  return {
    driver: 'keyboard-wedge',
    decoder: () => {
      const decoder = new KeyboardDecoder(eventSize);
      return (chunk) => decoder.push(chunk);
    },
  };
}

export interface KeyboardWedgeDiscoveryOptions {
  /** /dev/input/eventN, or better its /dev/input/by-id/…-event-kbd link. */
  readonly paths: readonly string[];
  readonly settings?: Partial<ScannerSettings>;
  readonly eventSize?: EventSize;
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

export class KeyboardWedgeDiscovery extends SerialDiscovery<SerialScanner> {
  constructor(options: KeyboardWedgeDiscoveryOptions) {
    const open = options.open ?? openInputEventLine;
    const settings = { ...DEFAULT_SETTINGS, ...options.settings };
    const input = wedgeInput(options.eventSize);
    super({
      name: 'keyboard-wedge',
      paths: options.paths,
      openFailed: 'E-SCAN-0005',
      connect: async (path) => new SerialScanner(path, await open(path), open, settings, input),
      ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    });
  }
}
