// The PIN pads npm start looks for. Serial pads on the ports POSRT_PINPADS lists (ttys, or the
// emulator's pty link; comma-separated), probed with DEVICE INFO and retried until one answers.
// Bluetooth pads only when POSRT_BLE_PINPAD gives the advertised name prefix to accept: BLE
// discovery connects to what it finds, and a shop floor is full of other people's devices.
// Where BLE cannot load (no adapter: EAFNOSUPPORT) the provider is failed E-BLE-0001 and
// the terminal carries on without it.
import { BleDiscovery } from '../devices/ble/index.js';
import { connect, PinPadDiscovery, SerialPinPad } from '../devices/pinpad/index.js';
import type { DiscoveryProvider } from '../kernel/index.js';
import { PINPADS_VARIABLE } from './peripheral-variables.js';

export { PINPADS_VARIABLE };
export const BLE_PINPAD_VARIABLE = 'POSRT_BLE_PINPAD';

export function pinPadProviders(env: NodeJS.ProcessEnv = process.env): DiscoveryProvider[] {
  const providers: DiscoveryProvider[] = [];
  const paths = (env[PINPADS_VARIABLE] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (paths.length > 0) providers.push(new PinPadDiscovery({ paths }));
  const prefix = env[BLE_PINPAD_VARIABLE];
  if (prefix !== undefined && prefix !== '') {
    providers.push(
      new BleDiscovery({
        connect: async (path, open) => new SerialPinPad(await connect(path, open), open),
        accept: (peripheral) => (peripheral.advertisement.localName ?? '').startsWith(prefix),
      }),
    );
  }
  return providers;
}
