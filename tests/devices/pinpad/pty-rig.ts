// The PIN pad's real line: the shared pty rig (tests/support/pty-rig.ts) with the PIN pad
// emulator (src/emulators/pinpad/serve.ts) and a key file written for the test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startPtyRig, type EmulatorEvent, type PtyRig } from '../../support/pty-rig.js';

export type PadEvent = EmulatorEvent;

export interface Rig extends PtyRig {
  readonly pad: ChildProcess;
}

export async function startRig(keyFile: object): Promise<Rig> {
  const rig = await startPtyRig({
    serve: 'src/emulators/pinpad/serve.ts',
    args: (devicePath, dir) => {
      const keys = join(dir, 'keys.json');
      writeFileSync(keys, JSON.stringify(keyFile));
      return ['--port', devicePath, '--keys', keys];
    },
  });
  return Object.defineProperty(rig, 'pad', { get: () => rig.emulator }) as Rig;
}
