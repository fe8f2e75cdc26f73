// The emulated pad's keypad: what the cardholder presses, fed by a test or a person (serve.ts
// reads it from stdin). One entry at a time; keys pressed while no entry is open are dropped,
// as a real pad ignores its keypad between prompts. A PIN typed ahead (serve.ts --typed-ahead,
// for bench/pinpad) is entered the moment each entry opens, so the pad answers at once and a
// round trip measures the line and the protocol, not a person. The PIN stays in this process.

export type KeyPress = { readonly kind: 'digits'; readonly digits: string } | { readonly kind: 'cancel' } | { readonly kind: 'bypass' };

export type EntryResult = { readonly kind: 'entered'; readonly pin: string } | { readonly kind: 'cancelled' } | { readonly kind: 'timeout' } | { readonly kind: 'bypassed' };

export interface EntryRules {
  readonly minLength: number;
  readonly maxLength: number;
  readonly timeoutMs: number;
  readonly bypassAllowed: boolean;
  /** Called after each digit with how many are in (never which). */
  readonly onDigit: (count: number) => void;
}

type Entry = { readonly rules: EntryRules; readonly finish: (result: EntryResult) => void };

export class Keypad {
  private entry: Entry | null = null;

  constructor(private readonly typedAhead: string | null = null) {}

  /** Opens an entry; resolves when the cardholder ends it or time runs out. */
  take(rules: EntryRules): Promise<EntryResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish({ kind: 'timeout' }), rules.timeoutMs);
      const finish = (result: EntryResult) => {
        clearTimeout(timer);
        this.entry = null;
        resolve(result);
      };
      this.entry = { rules, finish };
      if (this.typedAhead !== null) this.press({ kind: 'digits', digits: this.typedAhead });
    });
  }

  get open(): boolean {
    return this.entry !== null;
  }

  /** The terminal's CANCEL. */
  cancel(): void {
    this.entry?.finish({ kind: 'cancelled' });
  }

  /** Returns false when the press was not taken (no entry open, or a PIN of the wrong length). */
  press(key: KeyPress): boolean {
    const entry = this.entry;
    if (!entry) return false;
    switch (key.kind) {
      case 'cancel':
        entry.finish({ kind: 'cancelled' });
        return true;
      case 'bypass':
        if (!entry.rules.bypassAllowed) return false;
        entry.finish({ kind: 'bypassed' });
        return true;
      case 'digits': {
        const { minLength, maxLength, onDigit } = entry.rules;
        if (!/^\d+$/.test(key.digits) || key.digits.length < minLength || key.digits.length > maxLength) return false;
        for (let n = 1; n <= key.digits.length; n++) onDigit(n);
        entry.finish({ kind: 'entered', pin: key.digits });
        return true;
      }
    }
  }
}
