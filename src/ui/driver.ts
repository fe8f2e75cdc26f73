// The screen driver: what the transaction engine calls. show() puts a screen up; ask() puts
// one up and resolves with what the operator entered, or with cancelled (the cancel key or
// button, or the engine's abort signal) or timeout (no key for timeoutMs). The renderer behind
// it (web/ for the kiosk, ansi/ for a console) draws views and sends keys back; the keypad's
// rules (entry.ts) and the voice live here, so every renderer behaves the same.
import { PosError } from '../errors/index.js';
import { press, type Key } from './entry.js';
import type { Answer, EntryValue, InputEntry, Screen } from './screen.js';
import { viewOf, type DisplayPrefs, type View } from './view.js';

export type UserInput =
  | { readonly kind: 'key'; readonly key: Key }
  /** A display toggle: language, large type, voice. */
  | { readonly kind: 'prefs'; readonly prefs: Partial<DisplayPrefs> };

export interface Renderer {
  render(view: View): void;
  onInput(listener: (input: UserInput) => void): void;
}

/** Speaks a screen's voice text; see voice.ts for espeak-ng. */
export interface Voice {
  say(text: string, language: DisplayPrefs['language']): void;
}

export interface AskOptions {
  /** Ends the ask with 'timeout' after this long without a key; none waits for ever. */
  readonly timeoutMs?: number;
  /** Ends the ask with 'cancelled' (the card was removed, the PIN pad answered). */
  readonly signal?: AbortSignal;
}

export interface ScreenDriver {
  readonly prefs: DisplayPrefs;
  show(screen: Screen<{ readonly kind: 'none' }>): void;
  ask<E extends InputEntry>(screen: Screen<E>, options?: AskOptions): Promise<Answer<EntryValue<E>>>;
  /** Redraws the screen in place, without the voice (the idle screen's device health); while
   *  it is being asked, what was typed stays and the screen must have the same id and input. */
  update(screen: Screen): void;
}

export type Schedule = (ms: number, run: () => void) => () => void;

export interface DriverOptions {
  readonly prefs: DisplayPrefs;
  readonly voice?: Voice;
  /** Injected for tests; setTimeout by default. */
  readonly schedule?: Schedule;
}

interface Pending {
  screen: Screen<InputEntry>;
  typed: string;
  finish(answer: Answer<unknown>): void;
  key(): void;
}

const realSchedule: Schedule = (ms, run) => {
  const t = setTimeout(run, ms);
  return () => clearTimeout(t);
};

export function createScreenDriver(renderer: Renderer, options: DriverOptions): ScreenDriver {
  let prefs = options.prefs;
  const schedule = options.schedule ?? realSchedule;
  let current: Screen | null = null;
  let pending: Pending | null = null;

  const draw = (): void => {
    if (current !== null) renderer.render(viewOf(current, pending?.typed ?? '', prefs));
  };
  const speak = (screen: Screen): void => {
    if (prefs.voice && screen.voice !== null) options.voice?.say(screen.voice[prefs.language], prefs.language);
  };
  const put = (screen: Screen): void => {
    current = screen;
    draw();
    speak(screen);
  };

  renderer.onInput((input) => {
    if (input.kind === 'prefs') {
      prefs = { ...prefs, ...input.prefs };
      draw();
      return;
    }
    const p = pending;
    if (p === null) return;
    p.key();
    const step = press(p.screen.entry, p.screen.buttons, p.typed, input.key);
    if (step.kind === 'ignored') return;
    if (step.kind === 'done') return p.finish(step.answer);
    p.typed = step.typed;
    draw();
  });

  return {
    get prefs() {
      return prefs;
    },
    show(screen) {
      if (pending !== null) throw new PosError('E-UI-0003', { waiting: pending.screen.id, shown: screen.id });
      put(screen);
    },
    ask<E extends InputEntry>(screen: Screen<E>, o: AskOptions = {}) {
      if (pending !== null) return Promise.reject(new PosError('E-UI-0003', { waiting: pending.screen.id, asked: screen.id }));
      if (o.signal?.aborted) return Promise.resolve({ kind: 'cancelled' } as const);
      return new Promise<Answer<EntryValue<E>>>((resolve) => {
        let cancelTimer = (): void => {};
        const restartTimer = (): void => {
          cancelTimer();
          if (o.timeoutMs !== undefined) cancelTimer = schedule(o.timeoutMs, () => p.finish({ kind: 'timeout' }));
        };
        const onAbort = (): void => p.finish({ kind: 'cancelled' });
        const p: Pending = {
          screen,
          typed: '',
          finish(answer) {
            if (pending !== p) return;
            pending = null;
            cancelTimer();
            o.signal?.removeEventListener('abort', onAbort);
            resolve(answer as Answer<EntryValue<E>>);
          },
          key: restartTimer,
        };
        pending = p;
        o.signal?.addEventListener('abort', onAbort);
        restartTimer();
        put(screen);
      });
    },
    update(screen) {
      if (pending !== null && (pending.screen.id !== screen.id || pending.screen.entry.kind !== screen.entry.kind)) {
        throw new PosError('E-UI-0003', { waiting: pending.screen.id, updated: screen.id });
      }
      if (pending !== null) pending.screen = screen as Screen<InputEntry>;
      current = screen;
      draw();
    },
  };
}
