// What a renderer draws: one screen in the display's language, with the input as typed so far,
// plain strings only. Every string passes the card-data scrub on the way out, so a PAN that
// reached a screen by mistake is shown as its first six and last four digits.
import type { Language } from '../errors/index.js';
import { scrubText } from '../redaction/card-data.js';
import { shownEntry } from './entry.js';
import type { ButtonRole, LineStyle, Screen, Text, Tone } from './screen.js';
import { STRINGS } from './strings.js';

/** The display's own settings, changed from the display itself (its toggles) or by config. */
export interface DisplayPrefs {
  readonly language: Language;
  /** Large type, high contrast: for older customers and bright shops. */
  readonly largeType: boolean;
  readonly voice: boolean;
}

export interface View {
  readonly prefs: DisplayPrefs;
  readonly id: Screen['id'];
  readonly messageId: number | null;
  readonly tone: Tone;
  readonly title: string;
  readonly lines: readonly { readonly text: string; readonly style: LineStyle }[];
  readonly buttons: readonly { readonly id: string; readonly label: string; readonly role: ButtonRole }[];
  /** The keypad and what it has typed; null on screens without one. */
  readonly keypad: {
    readonly kind: 'amount' | 'digits' | 'password';
    /** The field's name ("Password"); empty for an amount, whose screen title says what it is. */
    readonly label: string;
    readonly shown: string;
  } | null;
  /** A code to draw as it is, row by row, '1' where the module is dark; no quiet zone. */
  readonly qr: readonly string[] | null;
  /** The keypad's and the display toggles' labels in the display's language. */
  readonly labels: { readonly enter: string; readonly clear: string; readonly back: string; readonly largeType: string; readonly voice: string; readonly language: string; readonly reconnecting: string };
}

export function viewOf(screen: Screen, typed: string, prefs: DisplayPrefs): View {
  const l = prefs.language;
  const say = (t: Text): string => scrubText(t[l]);
  const e = screen.entry;
  const s = STRINGS[l];
  return {
    prefs,
    id: screen.id,
    messageId: screen.messageId,
    tone: screen.tone,
    title: say(screen.title),
    lines: screen.lines.map((line) => ({ text: say(line.text), style: line.style })),
    buttons: screen.buttons.map((b) => ({ id: b.id, label: say(b.label), role: b.role })),
    keypad: e.kind === 'amount' || e.kind === 'digits' || e.kind === 'password' ? { kind: e.kind, label: e.kind === 'amount' ? '' : say(e.label), shown: shownEntry(e, typed, l) } : null,
    qr: screen.qr === undefined ? null : screen.qr.modules.map((row) => row.map((dark) => (dark ? '1' : '0')).join('')),
    labels: { ...s.keypad, ...s.display },
  };
}
