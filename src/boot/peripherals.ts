// The customer display, scanners and magnetic stripe readers npm start looks for, on the ports
// these variables list (comma-separated; ttys, or an emulator's pty link): POSRT_DISPLAYS,
// POSRT_SCANNERS, POSRT_MSRS, and POSRT_WEDGE_SCANNERS for keyboard-wedge scanners' input devices
// (/dev/input/by-id/…-event-kbd). Each family's discovery keeps trying its ports, so a device
// plugged in later appears by itself and one unplugged is detached. A variable left unset adds
// no provider: a terminal without a pole display has nothing to report about one.
import { DisplayDiscovery } from '../devices/display/index.js';
import { MagStripeDiscovery } from '../devices/msr/index.js';
import { KeyboardWedgeDiscovery, ScannerDiscovery } from '../devices/scanner/index.js';
import type { DiscoveryProvider } from '../kernel/index.js';
import { PERIPHERAL_VARIABLES } from './peripheral-variables.js';

export { PERIPHERAL_VARIABLES };

export function peripheralProviders(env: NodeJS.ProcessEnv = process.env): DiscoveryProvider[] {
  const paths = (variable: string) => (env[variable] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const providers: DiscoveryProvider[] = [];
  const displays = paths(PERIPHERAL_VARIABLES.displays);
  if (displays.length > 0) providers.push(new DisplayDiscovery({ paths: displays }));
  const scanners = paths(PERIPHERAL_VARIABLES.scanners);
  if (scanners.length > 0) providers.push(new ScannerDiscovery({ paths: scanners }));
  const wedges = paths(PERIPHERAL_VARIABLES.wedgeScanners);
  if (wedges.length > 0) providers.push(new KeyboardWedgeDiscovery({ paths: wedges }));
  const msrs = paths(PERIPHERAL_VARIABLES.msrs);
  if (msrs.length > 0) providers.push(new MagStripeDiscovery({ paths: msrs }));
  return providers;
}
