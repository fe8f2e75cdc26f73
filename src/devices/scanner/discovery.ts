// Discovery of serial scanners on the configured ports. A scanner speaks only when it reads a
// code, so a port that opens is taken to have one; a port that vanishes detaches it and is
// tried again until it comes back.
import { SerialDiscovery, serialLineOpener, type LineOpener } from '../serial/index.js';
import { DEFAULT_SETTINGS, SerialScanner, type ScannerSettings } from './serial-scanner.js';

/** 9600 8N1: the factory setting of serial scanners (Honeywell, Zebra, Newland RS-232). */
export const BAUD_RATE = 9_600;

export const openScannerLine: LineOpener = serialLineOpener({ baudRate: BAUD_RATE, openFailed: 'E-SCAN-0001', lost: 'E-SCAN-0002' });

export interface ScannerDiscoveryOptions {
  readonly paths: readonly string[];
  readonly settings?: Partial<ScannerSettings>;
  readonly open?: LineOpener;
  readonly retryMs?: number;
}

export class ScannerDiscovery extends SerialDiscovery<SerialScanner> {
  constructor(options: ScannerDiscoveryOptions) {
    const open = options.open ?? openScannerLine;
    const settings = { ...DEFAULT_SETTINGS, ...options.settings };
    super({
      name: 'scanner',
      paths: options.paths,
      openFailed: 'E-SCAN-0001',
      connect: async (path) => new SerialScanner(path, await open(path), open, settings),
      ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    });
  }
}
