// The last few KB of a child's stderr, kept and not shown: when a process npm start runs (the
// embedded backend, whose log is JSON for a supervisor) stops before it is up, its own error
// goes into E-BOOT-0001's context instead of being lost with the stream.
import type { Readable } from 'node:stream';
import { scrubText } from '../redaction/card-data.js';

/** Enough for a coded error and the log lines before it; the rest of a long log is dropped. */
export const STDERR_TAIL_BYTES = 4096;
const SAID_CHARS = 300;
const CODED = /\b(E-[A-Z]+-\d{4})\b\s*(.*)$/;

/** What is kept: the text, and whether its start was dropped (its first line then a part). */
export interface Tail {
  readonly text: string;
  readonly cut: boolean;
}

/** Reads `stream` to its end, keeping only its last `bytes`; returns what is kept so far. Reading
 *  goes on after the child is up, so a chatty child never blocks on a full pipe. */
export function keepTail(stream: Readable, bytes = STDERR_TAIL_BYTES): () => Tail {
  let kept = Buffer.alloc(0);
  let cut = false;
  stream.on('data', (chunk: Buffer) => {
    kept = Buffer.concat([kept, chunk]);
    if (kept.length > bytes) {
      kept = kept.subarray(kept.length - bytes);
      cut = true;
    }
  });
  return () => ({ text: kept.toString('utf8'), cut });
}

/**
 * What the child said last about why it stopped: its last coded error (a `pos` verb's
 * "E-AREA-NNNN message", or a JSON log line's code and msg) as childCode and childMessage, else
 * its last line as childMessage; {} when it said nothing. Card-number-shaped digits are masked and
 * each of `secrets` (a token on its command line) is cut out, so nothing the child had reaches the
 * error; the message is at most 300 characters.
 */
export function childSaid(tail: Tail, secrets: readonly string[]): { childCode?: string; childMessage?: string } {
  const lines = tail.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const whole = tail.cut ? lines.slice(1) : lines;
  const clean = (text: string): string => {
    let out = text;
    for (const s of secrets) if (s !== '') out = out.split(s).join('***');
    return scrubText(out).slice(0, SAID_CHARS);
  };
  for (let i = whole.length - 1; i >= 0; i--) {
    const coded = codedLine(whole[i]!);
    if (coded !== null) return { childCode: coded.code, childMessage: clean(coded.message) };
  }
  const last = whole.at(-1);
  return last === undefined ? {} : { childMessage: clean(last) };
}

function codedLine(line: string): { code: string; message: string } | null {
  if (line.startsWith('{')) {
    try {
      // pino: a PosError logged as err carries its code there; the line's msg says what failed.
      const entry = JSON.parse(line) as { code?: unknown; msg?: unknown; err?: { code?: unknown; message?: unknown } };
      const code = typeof entry.code === 'string' ? entry.code : entry.err?.code;
      const message = typeof entry.err?.message === 'string' ? entry.err.message : entry.msg;
      if (typeof code === 'string' && CODED.test(code)) return { code, message: typeof message === 'string' ? message : '' };
    } catch {
      // A line cut short: read as text below.
    }
  }
  const m = CODED.exec(line);
  return m === null ? null : { code: m[1]!, message: m[2]! };
}
