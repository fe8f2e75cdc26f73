// Discovery of serial magnetic stripe readers on the configured ports. A reader speaks only when
// a card is swiped, so a port that opens is taken to have one; a port that vanishes detaches it
// and is tried again until it comes back.
import { SerialDiscovery, serialLineOpener, type LineOpener } from '../serial/index.js';
import { SerialMagStripe } from './serial-mag-stripe.js';

/** 9600 8N1: the factory setting of RS-232 readers (MagTek, ID TECH). */
export const BAUD_RATE = 9_600;

export const openMsrLine: LineOpener = serialLineOpener({ baudRate: BAUD_RATE, openFailed: 'E-MSR-0001', lost: 'E-MSR-0002' });

export interface MagStripeDiscoveryOptions {
  readonly paths: readonly string[];
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

export class MagStripeDiscovery extends SerialDiscovery<SerialMagStripe> {
  constructor(options: MagStripeDiscoveryOptions) {
    const open = options.open ?? openMsrLine;
    super({
      name: 'msr',
      paths: options.paths,
      openFailed: 'E-MSR-0001',
      connect: async (path) => new SerialMagStripe(path, await open(path), open),
      ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    });
  }
}
