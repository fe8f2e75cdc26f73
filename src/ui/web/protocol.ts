// What the kiosk page and the terminal say over the WebSocket, one JSON object per message.
// terminal → page: { type: 'view', view } (view.ts: plain strings, drawn as text).
// page → terminal: { type: 'key', key } (entry.ts Key) or { type: 'prefs', prefs } (a toggle).
// The page is ours, but what arrives is checked all the same: anything else is not input.
import type { Digit, Key } from '../entry.js';
import type { UserInput } from '../driver.js';
import type { DisplayPrefs } from '../view.js';

const DIGITS: ReadonlySet<string> = new Set<Digit | '00'>(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '00']);
const BARE_KEYS: ReadonlySet<string> = new Set<Key['kind']>(['back', 'clear', 'enter', 'cancel']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function keyOf(k: unknown): Key | null {
  if (!isObject(k) || typeof k.kind !== 'string') return null;
  if (k.kind === 'digit') return typeof k.digits === 'string' && DIGITS.has(k.digits) ? { kind: 'digit', digits: k.digits as Digit | '00' } : null;
  if (k.kind === 'button') return typeof k.id === 'string' && k.id.length <= 64 ? { kind: 'button', id: k.id } : null;
  return BARE_KEYS.has(k.kind) ? ({ kind: k.kind } as Key) : null;
}

function prefsOf(p: unknown): Partial<DisplayPrefs> | null {
  if (!isObject(p)) return null;
  const out: { -readonly [K in keyof DisplayPrefs]?: DisplayPrefs[K] } = {};
  for (const [name, value] of Object.entries(p)) {
    if (name === 'language' && (value === 'en' || value === 'zh-CN')) out.language = value;
    else if ((name === 'largeType' || name === 'voice') && typeof value === 'boolean') out[name] = value;
    else return null;
  }
  return out;
}

/** The input a page message carries, or null when it is not one we understand. */
export function parseClientMessage(text: string): UserInput | null {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(message)) return null;
  if (message.type === 'key') {
    const key = keyOf(message.key);
    return key === null ? null : { kind: 'key', key };
  }
  if (message.type === 'prefs') {
    const prefs = prefsOf(message.prefs);
    return prefs === null ? null : { kind: 'prefs', prefs };
  }
  return null;
}
