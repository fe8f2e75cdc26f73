// The one error type a user can meet. Its code is stable (E-<AREA>-<NNNN>) and names an entry
// in the catalogue, which carries the message and the next step in zh-CN and en.
// Context carries the facts a support engineer needs (step, offset, status word) and never
// card data: callers put only lengths, offsets, tags and status words in it.
import { catalogue, type ErrorCode } from './catalogue.js';

export type ErrorContext = Readonly<Record<string, string | number | boolean | undefined>>;
export type Language = 'en' | 'zh-CN';

export class PosError extends Error {
  override readonly name = 'PosError';
  readonly code: ErrorCode;
  readonly context: ErrorContext;

  constructor(code: ErrorCode, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(`${code} ${catalogue[code].en}${formatContext(context)}`, options);
    this.code = code;
    this.context = context;
  }

  /** The message and the next step for a person, in the terminal's language. */
  describe(language: Language): { message: string; fix: string } {
    const entry = catalogue[this.code];
    return language === 'en'
      ? { message: entry.en, fix: entry.fix.en }
      : { message: entry.zh, fix: entry.fix.zh };
  }
}

export function isPosError(e: unknown, code?: ErrorCode): e is PosError {
  return e instanceof PosError && (code === undefined || e.code === code);
}

function formatContext(context: ErrorContext): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(context)) if (v !== undefined) parts.push(`${k}=${String(v)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
