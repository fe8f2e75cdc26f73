// The byte line under the ESC/POS printer: TCP 9100, a serial port or a USB printer interface.
// The printer driver sees only this, so each transport is a small opener and tests can put a
// real socket, a pty or an injected USB device under the same driver.
import type { PosError } from '../../errors/index.js';

export interface PrinterLine {
  /** Where the line goes, for the device identity: `tcp://host:port`, a tty, `usb:bus-ports`. */
  readonly path: string;
  /** Resolves when the bytes are handed to the OS (or the USB transfer completed). */
  write(bytes: Uint8Array): Promise<void>;
  /** Bytes from the printer (status answers, process ID responses), as they arrive. */
  onData(listener: (chunk: Uint8Array) => void): void;
  /** The line ended without close(): the cable, the network or the printer went away. */
  onLost(listener: (error: PosError) => void): void;
  close(): Promise<void>;
}

export type PrinterLineOpener = () => Promise<PrinterLine>;

/** Calls each lost listener once, on the first end of the line that close() did not cause. */
export class LostSignal {
  private ended = false;
  private readonly listeners: ((error: PosError) => void)[] = [];

  add(listener: (error: PosError) => void): void {
    this.listeners.push(listener);
  }

  /** Marks the end as ours (close), so the 'close' event that follows is not a loss. */
  closing(): void {
    this.ended = true;
  }

  fire(error: PosError): void {
    if (this.ended) return;
    this.ended = true;
    for (const l of this.listeners) l(error);
  }
}
