// noble, loaded only when BLE is asked for. Loading it opens the HCI socket, and on a machine
// without Bluetooth (CI, most terminals) that throws EAFNOSUPPORT from inside the require: the
// import must sit here, behind the discovery provider, so its failure is a coded "BLE
// unavailable" and never stops the runtime. Tests hand in a noble built on a custom binding.
import type { Peripheral } from '@abandonware/noble';
import { PosError } from '../../errors/index.js';

export type { Peripheral, Characteristic } from '@abandonware/noble';

/** The part of noble's central the transport uses. */
export interface NobleCentral {
  on(event: 'stateChange', listener: (state: string) => void): unknown;
  on(event: 'discover', listener: (peripheral: Peripheral) => void): unknown;
  removeListener(event: 'stateChange' | 'discover', listener: (...args: never[]) => void): unknown;
  startScanningAsync(serviceUuids?: string[], allowDuplicates?: boolean): Promise<void>;
  stopScanningAsync(): Promise<void>;
}

export type NobleLoader = () => Promise<NobleCentral>;

/** Runs an import of noble; a throw (EAFNOSUPPORT, a missing native addon) is E-BLE-0001
 *  with the system's error code as the reason. */
export async function loadNobleWith(importNoble: () => Promise<unknown>): Promise<NobleCentral> {
  try {
    return ((await importNoble()) as { default: NobleCentral }).default;
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    throw new PosError('E-BLE-0001', { reason: typeof code === 'string' ? code : 'load' }, { cause });
  }
}

/** The platform's noble (HCI socket on Linux). */
export const loadNoble: NobleLoader = () => loadNobleWith(() => import('@abandonware/noble'));
