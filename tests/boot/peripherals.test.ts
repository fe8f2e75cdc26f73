// npm start's display, scanner and MSR providers from the environment, run in a registry against
// a real display emulator on a pty and ports that are not there.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { peripheralProviders } from '../../src/boot/peripherals.js';
import { createLogger, DeviceRegistry } from '../../src/kernel/index.js';
import { startPtyRig, type PtyRig } from '../support/pty-rig.js';

let rig: PtyRig | null = null;
let registry: DeviceRegistry | null = null;

afterEach(async () => {
  await registry?.stop();
  await rig?.stop();
  registry = null;
  rig = null;
});

describe('peripheral providers for npm start', () => {
  it('adds no provider for a variable left unset or empty', () => {
    expect(peripheralProviders({ POSRT_DISPLAYS: ' , ' })).toEqual([]);
  });

  it('attaches the display on its listed port and reports a listed scanner and MSR port with nothing on it', async () => {
    rig = await startPtyRig({ serve: 'src/emulators/display/serve.ts', args: (port) => ['--port', port] });
    const missing = join(rig.dir, 'missing');
    const env = { POSRT_DISPLAYS: rig.terminalPath, POSRT_SCANNERS: `${missing}-scanner`, POSRT_MSRS: ` ${missing}-msr `, POSRT_WEDGE_SCANNERS: `${missing}-event-kbd` };
    const providers = peripheralProviders(env);
    expect(providers.map((p) => p.name)).toEqual(['display', 'scanner', 'keyboard-wedge', 'msr']);
    registry = new DeviceRegistry({ providers, log: createLogger({ name: 'test', level: 'silent' }) });
    await registry.start();
    expect(registry.list().map((d) => d.identity.id)).toEqual([`display:${rig.terminalPath}`]);
    expect(Object.fromEntries(registry.health())).toEqual({
      display: { state: 'ok' },
      scanner: { state: 'degraded', code: 'E-SCAN-0001' },
      'keyboard-wedge': { state: 'degraded', code: 'E-SCAN-0005' },
      msr: { state: 'degraded', code: 'E-MSR-0001' },
    });
  });
});
