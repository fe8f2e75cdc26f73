// Discovery of serial PIN pads: the configured ports (ttys, or the emulator's pty link) are
// probed with DEVICE INFO (connect.ts) through the shared serial discovery, which retries a
// port with no pad every `retryMs`, detaches a pad whose line is lost and probes again.
import { SerialDiscovery } from '../serial/index.js';
import { connect } from './connect.js';
import { openSerialLine, type LineOpener } from './line.js';
import { SerialPinPad } from './serial-pin-pad.js';

export interface PinPadDiscoveryOptions {
  readonly paths: readonly string[];
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

export class PinPadDiscovery extends SerialDiscovery<SerialPinPad> {
  constructor(options: PinPadDiscoveryOptions) {
    const open = options.open ?? openSerialLine;
    super({
      name: 'pinpad',
      paths: options.paths,
      openFailed: 'E-PINPAD-0003',
      connect: async (path) => new SerialPinPad(await connect(path, open), open),
      ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    });
  }
}
