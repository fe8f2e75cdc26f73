// Where posrt lives on a device, relative to the device's root (as RAUC and Mender keep two
// root filesystems, we keep two runtime slots; the OS stays the device maker's):
//   opt/posrt/slots/a, opt/posrt/slots/b   the two runtime copies
//   opt/posrt/current -> slots/a           the one that boots; switched by one rename
//   opt/posrt/state/                       survives every update: identity, pinned release
//                                          key, the anti-rollback floor, the journal
//   etc/systemd/system/posrt.service       the unit that starts opt/posrt/current
// A slot holds a complete runtime only when its manifest file is there: it is written last,
// after every file was verified on the device, so a slot cut short is never taken for whole.
import { GUARD_PATHS, type GuardedState, type GuardSlot } from './boot-guard.js';

export const SLOTS = ['a', 'b'] as const satisfies readonly GuardSlot[];
export type Slot = GuardSlot;

export const LAYOUT = {
  base: 'opt/posrt',
  slot: (s: Slot): string => `opt/posrt/slots/${s}`,
  slotManifest: (s: Slot): string => `opt/posrt/slots/${s}/.posrt-manifest.json`,
  current: GUARD_PATHS.current,
  state: 'opt/posrt/state',
  releaseKey: 'opt/posrt/state/release.pub',
  updateState: GUARD_PATHS.updateState,
  bootGuard: GUARD_PATHS.guard,
  identity: 'opt/posrt/state/identity',
  provisioningToken: 'opt/posrt/state/identity/provisioning-token',
  unit: 'etc/systemd/system/posrt.service',
} as const;

/** The slot `current` points at, from the link's text; undefined before the first flash. */
export function slotOfLink(link: string | undefined): Slot | undefined {
  const m = link === undefined ? null : /^(?:.*\/)?slots\/(a|b)\/?$/.exec(link);
  return m ? (m[1] as Slot) : undefined;
}

export const otherSlot = (s: Slot | undefined): Slot => (s === 'a' ? 'b' : 'a');

/** Where an image carries its systemd unit; flashing installs it as LAYOUT.unit. */
export const UNIT_IN_IMAGE = 'systemd/posrt.service';
/** Where an image carries the compiled boot guard; flashing copies it to LAYOUT.bootGuard. */
export const GUARD_IN_IMAGE = 'dist/src/image/boot-guard.js';

/** The anti-rollback floor, what was installed, an update on trial and the last rollback:
 *  the boot guard's state, which flashing and over-the-air updates write too. */
export type UpdateState = GuardedState;

/** How node runs the runtime on a device (the unit's ExecStart, and bench/boot as the device
 *  does). V8's young generation grows to two 16 MB semi-spaces by default: about 35 MB resident
 *  that an idle terminal does not need, on devices with 512 MB or less. At 2 MB it is swept
 *  more often, each sweep a fraction of a millisecond. */
export const RUNTIME_NODE_FLAGS = ['--max-semi-space-size=2'] as const;

/** The systemd unit: node runs the slot `current` points at, with the state directory outside
 *  every slot so an update never touches the journal or the identity. */
export function systemdUnit(nodePath = '/usr/bin/node'): string {
  return [
    '[Unit]',
    'Description=posrt payment terminal runtime',
    'After=network-online.target pcscd.service',
    'Wants=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    'WorkingDirectory=/opt/posrt/current',
    // '-': the start goes on whatever the guard says; it only ever moves `current` back.
    `ExecStartPre=-${nodePath} /opt/posrt/state/boot-guard.mjs /`,
    `ExecStart=${nodePath} ${RUNTIME_NODE_FLAGS.join(' ')} /opt/posrt/current/dist/src/main.js`,
    'Environment=NODE_ENV=production',
    'Environment=POSRT_STATE_DIR=/opt/posrt/state',
    'Restart=on-failure',
    'RestartSec=2',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}
