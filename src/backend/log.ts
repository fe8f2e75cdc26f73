// The backend's log: pino JSON lines on stderr (stdout carries the listening line a supervisor
// reads). Nothing secret is passed to it by the session code; the redaction is the second
// line of defence for a field someone adds later — the terminal's card-data fields (PAN,
// tracks, PIN blocks, keys) plus the backend's own secrets — and the same scrub of PAN-like
// digit runs inside any string the terminal's log applies (src/redaction).
import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { scrubJsonStrings, SENSITIVE_FIELDS } from '../redaction/card-data.js';

const SECRET_FIELDS = [...SENSITIVE_FIELDS, 'token', 'provisioningToken', 'secretKey', 'seed'];

export type BackendLogger = Logger;

/** `destination`: standard error when absent; tests pass a capturing stream. */
export function createBackendLogger(level: LevelWithSilent = 'info', destination: DestinationStream = pino.destination(2)): BackendLogger {
  return pino(
    {
      name: 'posrt-backend',
      level,
      redact: { paths: SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: '[REDACTED]' },
      hooks: { streamWrite: scrubJsonStrings },
    },
    destination,
  );
}
