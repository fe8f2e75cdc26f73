// Logging with card data kept out from the first line written (PCI DSS req. 3.3/3.4: the PAN
// is masked wherever it is displayed or stored; track data, PIN blocks and keys never are).
// Two layers (src/redaction): pino's path redaction for fields whose name says what they hold,
// then a scrub of every JSON string in the finished line for PAN-like digit runs.
import pino from 'pino';
import type { DestinationStream, Logger, LevelWithSilent } from 'pino';
import { scrubJsonStrings, SENSITIVE_FIELDS } from '../redaction/card-data.js';

export { luhnValid, maskPanWindows, scrubJsonStrings, SENSITIVE_FIELDS } from '../redaction/card-data.js';

export type { Logger } from 'pino';

const REDACT_PATHS = SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

export interface LoggerOptions {
  readonly name: string;
  readonly level?: LevelWithSilent;
  /** Where lines go; standard output when absent. Tests pass a capturing stream. */
  readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      hooks: { streamWrite: scrubJsonStrings },
    },
    options.destination ?? pino.destination(1),
  );
}
