// Discovery of pole displays on the configured serial ports. A display never answers, so a port
// that opens is taken to have one; a port that vanishes (cable out, pty gone) detaches it and
// the port is tried again until it comes back.
import { SerialDiscovery, serialLineOpener, type LineOpener } from '../serial/index.js';
import { PoleDisplay } from './pole-display.js';

/** 9600 8N1 is the DM-D default (DIP switches) and what pole displays ship with. */
export const BAUD_RATE = 9_600;

export const openDisplayLine: LineOpener = serialLineOpener({ baudRate: BAUD_RATE, openFailed: 'E-DISPLAY-0001', lost: 'E-DISPLAY-0002' });

export interface DisplayDiscoveryOptions {
  readonly paths: readonly string[];
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

export class DisplayDiscovery extends SerialDiscovery<PoleDisplay> {
  constructor(options: DisplayDiscoveryOptions) {
    const open = options.open ?? openDisplayLine;
    super({
      name: 'display',
      paths: options.paths,
      openFailed: 'E-DISPLAY-0001',
      connect: (path) => PoleDisplay.connect(path, open),
      ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    });
  }
}
