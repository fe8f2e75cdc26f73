// The idle screen: whether the terminal can take a payment now. Each device with its health
// (a fault with its code and message, so a cashier can say more than "5606" on the phone) and
// the host link with what is waiting to upload.
import { catalogue, type ErrorCode } from '../../errors/index.js';
import type { DeviceHealth, DeviceKind } from '../../kernel/index.js';
import type { Line, Screen, Text } from '../screen.js';
import type { LinkState } from '../strings.js';
import { both } from '../text.js';

export interface DeviceStatus {
  readonly kind: DeviceKind;
  readonly health: DeviceHealth;
}

export interface LinkStatus {
  readonly state: LinkState;
  /** Messages in the outbox not yet acknowledged by the host. */
  readonly waiting: number;
  /** Why the link is down, when it is. */
  readonly code?: ErrorCode;
}

export interface IdleStatus {
  readonly devices: readonly DeviceStatus[];
  readonly link: LinkStatus;
  /** The signed-in operator, or null: the screen offers the menu or the sign-in. */
  readonly operatorId: string | null;
}

/** "Printer: not working — E-PRINTER-0004 Printer is out of paper". */
function withFault(state: Text, code: ErrorCode): Line {
  const entry = catalogue[code];
  return { text: { en: `${state.en} — ${code} ${entry.en}`, 'zh-CN': `${state['zh-CN']} — ${code} ${entry.zh}` }, style: 'fault' };
}

function deviceLine(d: DeviceStatus): Line {
  const state = both((s) => `${s.idle.device[d.kind]}: ${s.idle.health[d.health.state]}`);
  return d.health.state === 'ok' ? { text: state, style: 'ok' } : withFault(state, d.health.code);
}

function linkLine(link: LinkStatus): Line {
  const state = both((s) => `${s.idle.link}: ${s.idle.linkState[link.state]}${link.waiting > 0 ? ` (${s.idle.waiting(link.waiting)})` : ''}`);
  if (link.code === undefined) return { text: state, style: link.state === 'online' ? 'ok' : 'fault' };
  return withFault(state, link.code);
}

export function idleScreen(status: IdleStatus): Screen<{ readonly kind: 'choice' }> {
  const devices = status.devices.length === 0 ? [{ text: both((s) => s.idle.noDevices), style: 'fault' as const }] : status.devices.map(deviceLine);
  const operator = status.operatorId;
  const fault = status.link.state !== 'online' || status.devices.some((d) => d.health.state === 'failed');
  return {
    id: 'idle',
    messageId: null,
    title: both((s) => s.idle.title),
    lines: [
      ...(operator === null ? [] : [{ text: both((s) => s.idle.signedIn(operator)), style: 'body' as const }]),
      ...devices,
      linkLine(status.link),
    ],
    entry: { kind: 'choice' },
    buttons: [operator === null ? { id: 'sign-in', label: both((s) => s.idle.signIn), role: 'primary' } : { id: 'menu', label: both((s) => s.idle.menu), role: 'primary' }],
    tone: fault ? 'warning' : 'neutral',
    voice: null,
  };
}
