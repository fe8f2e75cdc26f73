// The US keyboard layout a keyboard-wedge scanner types with in its factory setting: key codes
// from include/uapi/linux/input-event-codes.h, each with its character unshifted and shifted.
// Both ends use it: the driver turns key presses back into characters, the emulator types them.

export const KEY_ENTER = 28;
export const KEY_KPENTER = 96;
export const KEY_LEFTSHIFT = 42;
export const KEY_RIGHTSHIFT = 54;

/** [code, unshifted, shifted] */
const KEYS: readonly (readonly [number, string, string])[] = [
  ...[...'1234567890'].map((c, i) => [2 + i, c, '!@#$%^&*()'[i]!] as const),
  [12, '-', '_'],
  [13, '=', '+'],
  ...[...'qwertyuiop'].map((c, i) => [16 + i, c, c.toUpperCase()] as const),
  [26, '[', '{'],
  [27, ']', '}'],
  ...[...'asdfghjkl'].map((c, i) => [30 + i, c, c.toUpperCase()] as const),
  [39, ';', ':'],
  [40, "'", '"'],
  [41, '`', '~'],
  [43, '\\', '|'],
  ...[...'zxcvbnm'].map((c, i) => [44 + i, c, c.toUpperCase()] as const),
  [51, ',', '<'],
  [52, '.', '>'],
  [53, '/', '?'],
  [57, ' ', ' '],
  // The numeric keypad, which some scanners type digits on (Num Lock on).
  ...[...'789-456+1230.'].map((c, i) => [71 + i, c, c] as const),
];

const BY_CODE = new Map(KEYS.map(([code, plain, shifted]) => [code, { plain, shifted }]));
const BY_CHAR = new Map<string, { code: number; shift: boolean }>();
for (const [code, plain, shifted] of KEYS) {
  if (code >= 71) continue; // type on the main keys; read either
  if (!BY_CHAR.has(plain)) BY_CHAR.set(plain, { code, shift: false });
  if (!BY_CHAR.has(shifted)) BY_CHAR.set(shifted, { code, shift: true });
}

export function keyCharacter(code: number, shift: boolean): string | null {
  const key = BY_CODE.get(code);
  return key ? (shift ? key.shifted : key.plain) : null;
}

/** The key and shift state that type `char`; null for characters the layout has no key for. */
export function keyFor(char: string): { readonly code: number; readonly shift: boolean } | null {
  return BY_CHAR.get(char) ?? null;
}
