// The backend's log: pino JSON lines on stderr (stdout carries the listening line a supervisor
// reads). Nothing secret is passed to it by the session code; the redaction is the second
// line of defence for a field someone adds later: tokens, PANs, tracks, keys and PIN blocks.
import pino, { type Logger, type LevelWithSilent } from 'pino';

const SECRET_FIELDS = ['token', 'provisioningToken', 'pan', 'track1', 'track2', 'pinBlock', 'key', 'secretKey', 'seed'];

export type BackendLogger = Logger;

export function createBackendLogger(level: LevelWithSilent = 'info'): BackendLogger {
  return pino(
    { name: 'posrt-backend', level, redact: { paths: SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: '[REDACTED]' } },
    pino.destination(2),
  );
}
