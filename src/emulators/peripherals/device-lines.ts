// The line protocol of the peripherals host (serve.ts beside this), shared by the host and
// whoever drives it (src/boot/emulated-peripherals.ts): a command on its stdin names its device
// first (`pinpad 1234`, `scanner scan XYZ`), and each event on its stdout carries its device's
// name ({"device":"pinpad","event":"display",...}). Taking the tag off again gives the event
// exactly as the device says it when it runs as its own process.
import type { EmulatorEvent } from '../serial/emulator-process.js';

export const PERIPHERALS = ['pinpad', 'display', 'scanner', 'printer'] as const;
export type PeripheralName = (typeof PERIPHERALS)[number];

export type TaggedEvent = EmulatorEvent & { readonly device: string };

/** The host's one ready line, said once every device it runs is up: each device's ready event. */
export interface HostReady extends EmulatorEvent {
  readonly event: 'ready';
  readonly devices: Readonly<Partial<Record<PeripheralName, EmulatorEvent>>>;
}

/** `line` meant for `device`, as the host's stdin takes it. */
export function addressed(device: PeripheralName, line: string): string {
  return `${device} ${line}`;
}

/** A host stdin line split into the device it names and the command for it (trimmed: a device
 *  named alone is an empty command, the PIN pad's Enter). */
export function routed(line: string): { readonly device: string; readonly command: string } {
  const trimmed = line.trim();
  const space = trimmed.search(/\s/);
  return space < 0 ? { device: trimmed, command: '' } : { device: trimmed.slice(0, space), command: trimmed.slice(space).trim() };
}

/** `event` as the host says it for `device`. */
export function tagged(device: string, event: EmulatorEvent): TaggedEvent {
  return { device, ...event };
}

/** The event `device` said, untagged; null when the line is another device's or the host's own. */
export function eventOf(device: PeripheralName, event: EmulatorEvent): EmulatorEvent | null {
  if (event.device !== device) return null;
  const { device: _, ...own } = event;
  return own as EmulatorEvent;
}
