// Real-time status, DLE EOT n (Epson ESC/POS Command Reference, "DLE EOT: Transmit real-time
// status"): the printer answers each request at once with one byte, even while it is offline
// or busy printing. Every answer has bits 1 and 4 set and bits 0 and 7 clear, which is how a
// status byte is told apart from a process ID response (0x37) or noise.
import { DLE, EOT } from './bytes.js';

export type StatusRequest = 'printer' | 'offline-cause' | 'error-cause' | 'paper-sensor';

export const STATUS_N: Readonly<Record<StatusRequest, number>> = { printer: 1, 'offline-cause': 2, 'error-cause': 3, 'paper-sensor': 4 };

/** What the printer reports about itself; the emulator encodes it, the driver decodes it. */
export interface PrinterConditions {
  readonly coverOpen: boolean;
  readonly paperNearEnd: boolean;
  readonly paperEnd: boolean;
  /** An error other than paper or cover stopped printing (cutter jam, head overheat). */
  readonly error: 'none' | 'cutter' | 'unrecoverable' | 'auto-recoverable';
}

const FIXED = 0x12;
const FIXED_MASK = 0x93;

const bit = (on: boolean, mask: number) => (on ? mask : 0);

export function statusRequest(request: StatusRequest): Uint8Array {
  return Uint8Array.of(DLE, EOT, STATUS_N[request]);
}

export function isStatusByte(byte: number): boolean {
  return (byte & FIXED_MASK) === FIXED;
}

/** A printer is offline (refuses print data) while any condition stops it. */
export function isOffline(c: PrinterConditions): boolean {
  return c.coverOpen || c.paperEnd || c.error !== 'none';
}

/** The emulator's side: the byte that answers DLE EOT n for these conditions. */
export function encodeStatus(request: StatusRequest, c: PrinterConditions): number {
  switch (request) {
    case 'printer':
      return FIXED | bit(isOffline(c), 0x08);
    case 'offline-cause':
      return FIXED | bit(c.coverOpen, 0x04) | bit(c.paperEnd, 0x20) | bit(c.error !== 'none', 0x40);
    case 'error-cause':
      return FIXED | bit(c.error === 'cutter', 0x08) | bit(c.error === 'unrecoverable', 0x20) | bit(c.error === 'auto-recoverable', 0x40);
    case 'paper-sensor':
      return FIXED | bit(c.paperNearEnd, 0x0c) | bit(c.paperEnd, 0x60);
  }
}

/** DLE EOT 3 is worth asking only when DLE EOT 2 says an error stopped the printer. */
export function namesError(offlineCause: number): boolean {
  return (offlineCause & 0x40) !== 0;
}

export interface StatusAnswers {
  readonly printer: number;
  readonly offlineCause: number;
  readonly paperSensor: number;
  /** Asked only when the offline cause names an error. */
  readonly errorCause: number | null;
}

/** The driver's side: the conditions from the answers to DLE EOT 1, 2, 4 (and 3). */
export function decodeStatus(a: StatusAnswers): PrinterConditions & { readonly offline: boolean } {
  const e = a.errorCause ?? FIXED;
  const error = !namesError(a.offlineCause) ? 'none' : e & 0x08 ? 'cutter' : e & 0x20 ? 'unrecoverable' : 'auto-recoverable';
  return {
    offline: (a.printer & 0x08) !== 0,
    coverOpen: (a.offlineCause & 0x04) !== 0,
    paperEnd: (a.paperSensor & 0x60) !== 0 || (a.offlineCause & 0x20) !== 0,
    paperNearEnd: (a.paperSensor & 0x0c) !== 0,
    error,
  };
}
