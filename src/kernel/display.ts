// The display capability (operator or customer facing). Screens arrive as data already
// laid out by the UI layer; a display shows them and reports the keys and touches it gets.
import type { Device, DeviceEvents } from './device.js';

export type DisplayScreen =
  | { readonly kind: 'text'; readonly title: string | null; readonly lines: readonly string[] }
  | { readonly kind: 'qr'; readonly data: string; readonly caption: string | null }
  | { readonly kind: 'image'; readonly png: Uint8Array }
  | { readonly kind: 'blank' };

export type DisplayInput =
  | { readonly kind: 'key'; readonly key: 'enter' | 'cancel' | 'clear' | 'up' | 'down' | 'menu' | `digit-${number}` }
  | { readonly kind: 'touch'; readonly x: number; readonly y: number };

export interface DisplayEvents extends DeviceEvents {
  input: DisplayInput;
}

export interface Display extends Device<'display', DisplayEvents> {
  readonly size: { readonly columns: number; readonly rows: number };
  show(screen: DisplayScreen): Promise<void>;
}
