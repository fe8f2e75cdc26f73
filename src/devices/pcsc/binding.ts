// The slice of the `pcsclite` npm binding (santigimeno/node-pcsclite 1.0.1) this driver uses,
// typed, and its loader. Constants are pcsc-lite's (PCSC/pcsclite.h), kept here so a fake
// binding in tests needs none of the native module.
import { createRequire } from 'node:module';

export const SCARD = {
  SHARE_SHARED: 0x0002,
  PROTOCOL_T0: 0x0001,
  PROTOCOL_T1: 0x0002,
  UNPOWER_CARD: 0x0002,
  STATE_CHANGED: 0x0002,
  STATE_UNKNOWN: 0x0004,
  STATE_UNAVAILABLE: 0x0008,
  STATE_EMPTY: 0x0010,
  STATE_PRESENT: 0x0020,
  STATE_MUTE: 0x0200,
} as const;

export type NativeCallback<T> = (error: Error | null | undefined, value?: T) => void;

export interface NativeReader {
  readonly name: string;
  connected: boolean;
  on(event: 'status', listener: (status: { state: number; atr?: Buffer }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  connect(options: { share_mode: number; protocol: number }, cb: NativeCallback<number>): void;
  disconnect(disposition: number, cb: NativeCallback<void>): void;
  transmit(data: Buffer, resLen: number, protocol: number, cb: NativeCallback<Buffer>): void;
  close(): void;
}

export interface NativeContext {
  on(event: 'reader', listener: (reader: NativeReader) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void;
}

/** Opens a PC/SC context; throws synchronously when the service is not available. */
export type PcscBinding = () => NativeContext;

export const loadPcsclite: PcscBinding = () => {
  const require = createRequire(import.meta.url);
  const pcsclite = require('pcsclite') as () => NativeContext;
  return pcsclite();
};
