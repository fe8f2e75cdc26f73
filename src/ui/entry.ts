// The keypad: what a key does to what has been typed on a screen waiting for input. One
// reducer for every renderer, so the kiosk and the console keypads cannot disagree; renderers
// only forward keys and show what the driver sends back.
import type { Language } from '../errors/index.js';
import { Sealed } from '../kernel/index.js';
import type { Answer, Button, EntryValue, InputEntry } from './screen.js';
import { formatAmount } from './text.js';

export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export type Key =
  /** '00' is the amount keypad's double zero, as on a cash register. */
  | { readonly kind: 'digit'; readonly digits: Digit | '00' }
  | { readonly kind: 'back' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'enter' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'button'; readonly id: string };

export type Step<E extends InputEntry> =
  | { readonly kind: 'typing'; readonly typed: string }
  | { readonly kind: 'done'; readonly answer: Answer<EntryValue<E>> }
  /** Nothing changes: a digit past the limit, Enter before enough digits, a stray button. */
  | { readonly kind: 'ignored' };

const IGNORED = { kind: 'ignored' } as const;
const CANCELLED = { kind: 'done', answer: { kind: 'cancelled' } } as const;

function entered<E extends InputEntry>(value: EntryValue<E>): Step<E> {
  return { kind: 'done', answer: { kind: 'entered', value } };
}

/** What `key` does on a screen waiting for `entry` with `typed` so far (digits only; an amount
 *  in minor units without leading zeros). */
export function press<E extends InputEntry>(entry: E, buttons: readonly Button[], typed: string, key: Key): Step<E> {
  switch (key.kind) {
    case 'cancel':
      return CANCELLED;
    case 'button': {
      const button = buttons.find((b) => b.id === key.id);
      if (button === undefined) return IGNORED;
      if (button.role === 'cancel') return CANCELLED;
      return entry.kind === 'choice' ? entered<E>(button.id as EntryValue<E>) : IGNORED;
    }
    case 'enter':
      return enter(entry, buttons, typed);
    case 'back':
      return entry.kind === 'choice' || typed === '' ? IGNORED : { kind: 'typing', typed: typed.slice(0, -1) };
    case 'clear':
      return entry.kind === 'choice' || typed === '' ? IGNORED : { kind: 'typing', typed: '' };
    case 'digit':
      return digit(entry, typed, key.digits);
  }
}

function enter<E extends InputEntry>(entry: E, buttons: readonly Button[], typed: string): Step<E> {
  switch (entry.kind) {
    case 'choice': {
      // Enter on a console or a hardware keypad takes the first primary button (OK, Print).
      const primary = buttons.find((b) => b.role === 'primary');
      return primary === undefined ? IGNORED : entered<E>(primary.id as EntryValue<E>);
    }
    case 'amount':
      return typed === '' ? IGNORED : entered<E>(BigInt(typed) as EntryValue<E>);
    case 'digits':
      return typed.length < entry.minLength ? IGNORED : entered<E>(typed as EntryValue<E>);
    case 'password':
      return typed.length < entry.minLength ? IGNORED : entered<E>(new Sealed(typed) as EntryValue<E>);
  }
}

function digit<E extends InputEntry>(entry: E, typed: string, digits: Digit | '00'): Step<E> {
  switch (entry.kind) {
    case 'choice':
      return IGNORED;
    case 'amount': {
      const next = (typed + digits).replace(/^0+/, '');
      return next === typed || BigInt(next || '0') > entry.max ? IGNORED : { kind: 'typing', typed: next };
    }
    case 'digits':
    case 'password':
      return digits === '00' || typed.length >= entry.maxLength ? IGNORED : { kind: 'typing', typed: typed + digits };
  }
}

/** What the screen shows of the input: the amount formatted, an id as typed, a password as dots. */
export function shownEntry(entry: InputEntry, typed: string, language: Language): string {
  switch (entry.kind) {
    case 'choice':
      return '';
    case 'amount':
      return formatAmount(BigInt(typed || '0'), entry.currency, language);
    case 'digits':
      return typed;
    case 'password':
      return '•'.repeat(typed.length);
  }
}
