// A barcode / QR scanner on a serial line (RS-232, or USB in CDC-ACM mode: /dev/ttyACM*), as the
// kernel's Scanner capability: each code ends with CR, LF or CR LF. While disabled, reads are
// dropped whole, so a code scanned outside a sale goes nowhere. A keyboard-wedge scanner is the
// same device over another line: its input events are turned into the same bytes first.
import { PosError } from '../../errors/index.js';
import { HEALTH_OK, type Scanner, type ScannerEvents } from '../../kernel/index.js';
import { LineFramer, SerialLineDevice, type FramedLine, type LineOpener, type SerialLine } from '../serial/index.js';
import { scannedCode, type SymbologyIds } from './scan-payload.js';

/** Longer than any payment code: an 18-digit consumer code, or an EMV QRCPS consumer-presented
 *  payload (base64 of a few hundred bytes of TLV). It bounds what a line without a terminator
 *  can make us hold. */
export const MAX_CODE_LENGTH = 1_024;

export interface ScannerSettings {
  readonly symbologyIds: SymbologyIds;
  readonly maxLength: number;
}

export const DEFAULT_SETTINGS: ScannerSettings = { symbologyIds: 'none', maxLength: MAX_CODE_LENGTH };

/** What the line carries: the code's bytes as they are (serial), or something that must be
 *  decoded into them first (a wedge's key events); a fresh decoder for every line opened. */
export interface ScannerInput {
  readonly driver: string;
  readonly decoder: () => (chunk: Uint8Array) => Uint8Array;
}

export const SERIAL_INPUT: ScannerInput = { driver: 'scanner', decoder: () => (chunk) => chunk };

export class SerialScanner extends SerialLineDevice<'scanner', ScannerEvents> implements Scanner {
  private enabled = false;
  private readonly framer: LineFramer;
  private decode: (chunk: Uint8Array) => Uint8Array;

  constructor(
    path: string,
    line: SerialLine,
    open: LineOpener,
    private readonly settings: ScannerSettings = DEFAULT_SETTINGS,
    private readonly input: ScannerInput = SERIAL_INPUT,
  ) {
    super({ id: `${input.driver}:${path}`, kind: 'scanner', driver: input.driver, path, serial: null }, line, open);
    this.framer = new LineFramer({ maxLength: settings.maxLength, onMessage: (m) => this.message(m) });
    this.decode = input.decoder();
  }

  async enable(): Promise<void> {
    this.line();
    this.enabled = true;
  }

  async disable(): Promise<void> {
    this.enabled = false;
  }

  override async open(): Promise<void> {
    this.framer.reset();
    this.decode = this.input.decoder();
    await super.open();
  }

  protected override received(chunk: Uint8Array): void {
    this.framer.push(this.decode(chunk));
  }

  private message(message: FramedLine): void {
    if (!this.enabled) return;
    if (message.kind === 'overflow') {
      this.emitter.emit('scan-failed', { error: new PosError('E-SCAN-0004', { length: message.length, maxLength: this.settings.maxLength }) });
      return;
    }
    let code;
    try {
      code = scannedCode(message.bytes, this.settings.symbologyIds);
    } catch (error) {
      // Noise on the line is the scanner's state (wrong baud rate, a bad cable) until a code
      // reads cleanly again; a code too long is the customer's, and says nothing of the scanner.
      this.setHealth({ state: 'degraded', code: (error as PosError).code });
      this.emitter.emit('scan-failed', { error: error as PosError });
      return;
    }
    this.setHealth(HEALTH_OK);
    this.emitter.emit('scan', code);
  }
}
