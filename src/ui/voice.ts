// Voice prompts through espeak-ng, when the terminal has it: older customers hear what the
// screen says (the seeds' request). Optional by design: without espeak-ng (or when it will not
// start) the display is silent, and that is reported once as E-UI-0002, never thrown. The text
// goes on stdin, never in argv, so no prompt can be read as an option. zh-CN is espeak-ng's
// Mandarin voice `cmn`.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PosError, type Language } from '../errors/index.js';
import type { Voice } from './driver.js';

export interface EspeakOptions {
  /** The program; 'espeak-ng' on PATH by default. */
  readonly command?: string;
  /** Writes each prompt to `<wavDir>/prompt-<n>.wav` instead of the speaker: a terminal
   *  without a sound card, and the tests. */
  readonly wavDir?: string;
  /** Called once when voice is unavailable, with E-UI-0002. */
  readonly onUnavailable: (error: PosError) => void;
}

export interface EspeakVoice extends Voice {
  /** Settles when the probe has run: true when espeak-ng answered. */
  readonly ready: Promise<boolean>;
  /** Resolves when the prompt being spoken (if any) has finished. */
  idle(): Promise<void>;
  /** Stops the prompt being spoken. */
  stop(): void;
}

export const ESPEAK_VOICE: Readonly<Record<Language, string>> = { en: 'en', 'zh-CN': 'cmn' };

/** How a run ended: its exit code, 'stopped' by a signal (ours: a newer prompt), or 'not
 *  started' (no such program, not executable). */
type Ended = number | 'stopped' | 'not started';

function run(command: string, args: readonly string[], input: string | null): { child: ChildProcess; done: Promise<Ended> } {
  const child = spawn(command, args, { stdio: [input === null ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
  const done = new Promise<Ended>((resolve) => {
    child.once('error', () => resolve('not started'));
    child.once('close', (code) => resolve(code ?? 'stopped'));
  });
  // A voice that dies before reading its text breaks the pipe; its exit code says so already.
  child.stdin?.on('error', () => {});
  if (input !== null) child.stdin?.end(input);
  return { child, done };
}

function reasonOf(end: Ended): string {
  return end === 'not started' ? 'not found' : end === 'stopped' ? 'stopped by a signal' : `exit ${end}`;
}

export function espeakVoice(o: EspeakOptions): EspeakVoice {
  const command = o.command ?? 'espeak-ng';
  let speaking: { child: ChildProcess; done: Promise<Ended> } | null = null;
  let prompts = 0;
  /** The prompt still wanted: a newer say() or a stop() drops one not yet started. */
  let wanted = 0;
  let reported = false;
  const unavailable = (reason: string): false => {
    if (!reported) o.onUnavailable(new PosError('E-UI-0002', { command, reason }));
    reported = true;
    return false;
  };
  const ready = run(command, ['--version'], null).done.then((end) => (end === 0 ? true : unavailable(reasonOf(end))));

  const stop = (): void => {
    wanted = 0;
    // Kept, so idle() waits for the process to be gone.
    speaking?.child.kill();
  };
  return {
    ready,
    stop,
    say(text, language) {
      stop();
      const n = ++prompts;
      wanted = n;
      void ready.then((ok) => {
        if (!ok || n !== wanted) return;
        const out = o.wavDir === undefined ? [] : ['-w', join(o.wavDir, `prompt-${n}.wav`)];
        const started = run(command, ['-v', ESPEAK_VOICE[language], ...out, '--stdin'], text);
        speaking = started;
        void started.done.then((end) => {
          if (end !== 0 && end !== 'stopped') unavailable(reasonOf(end));
        });
      });
    },
    async idle() {
      await ready;
      await speaking?.done;
    },
  };
}
