// The terminal config file: which real devices and which backend this terminal uses. Read from
// POSRT_CONFIG, else config/terminal-runtime.json when it exists; no file at all is a laptop
// with nothing attached, where every device and the backend are emulated. With a file, what it
// does not name is absent (a shop without a scanner has none), unless POSRT_EMULATION=always
// fills it in with an emulator (a real printer on a laptop with the rest emulated). Checked whole before anything starts, so a typo stops
// nothing half-way (E-CORE-0003 with the file and the field).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PosError } from '../errors/index.js';
import type { PrinterEndpoint } from '../devices/printer/index.js';
import { DEFAULT_CONFIG_DIR } from '../cli/config-dir.js';

export const CONFIG_VARIABLE = 'POSRT_CONFIG';
export const DEFAULT_RUNTIME_CONFIG = resolve(DEFAULT_CONFIG_DIR, 'terminal-runtime.json');

export interface BackendLink {
  /** host:port of the channel (gRPC). */
  readonly address: string;
  /** The one-time enrolment token, used at the first start only. */
  readonly token: string;
  /** The CA of the backend's certificate (PEM): the channel runs over TLS when given. */
  readonly caFile?: string;
  /** The operations centre's page, printed for the person starting the terminal. */
  readonly opsCentreUrl?: string;
}

export interface RuntimeConfig {
  /** The file read, or null when there is none. */
  readonly file: string | null;
  /** null: not named (absent, or emulated: see above). */
  readonly pinPads: readonly string[] | null;
  readonly printer: PrinterEndpoint | null;
  readonly displays: readonly string[] | null;
  readonly scanners: readonly string[] | null;
  readonly backend: BackendLink | null;
  /** The kiosk page's port: 0 for any free one. */
  readonly webDisplayPort: number;
  /** The terminal's serial number (enrolment, heartbeats); the hostname's stand-in by default. */
  readonly serial: string;
  /** Where the journal's local backups go (absolute; another partition or medium on a device);
   *  null: `journal-backups` in the state directory. */
  readonly journalBackupDir: string | null;
}

const EMPTY: Omit<RuntimeConfig, 'file'> = { pinPads: null, printer: null, displays: null, scanners: null, backend: null, webDisplayPort: 0, serial: 'POSRT-DEV-0001', journalBackupDir: null };

export function loadRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const named = env[CONFIG_VARIABLE];
  const file = named !== undefined && named !== '' ? resolve(named) : existsSync(DEFAULT_RUNTIME_CONFIG) ? DEFAULT_RUNTIME_CONFIG : null;
  if (file === null) return { file, ...EMPTY };
  const bad = (field: string, expected: string) => new PosError('E-CORE-0003', { file, field, expected });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PosError('E-CORE-0003', { file, reason: e instanceof SyntaxError ? 'not JSON' : 'unreadable' }, { cause: e });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('(top)', 'an object');
  const o = raw as Record<string, unknown>;
  const paths = (field: string): readonly string[] | null => {
    const v = o[field];
    if (v === undefined) return null;
    if (!Array.isArray(v) || !v.every((p) => typeof p === 'string' && p !== '')) throw bad(field, 'an array of device paths');
    return v as string[];
  };
  const text = (from: Record<string, unknown>, field: string, prefix: string): string | undefined => {
    const v = from[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v === '') throw bad(`${prefix}${field}`, 'a non-empty string');
    return v;
  };
  const port = o.webDisplayPort;
  if (port !== undefined && (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65_535)) throw bad('webDisplayPort', 'a TCP port 0-65535');
  const backupDir = text(o, 'journalBackupDir', '');
  if (backupDir !== undefined && !isAbsolute(backupDir)) throw bad('journalBackupDir', 'an absolute directory path');
  return {
    file,
    pinPads: paths('pinPads'),
    printer: printerOf(o.printer, bad),
    displays: paths('displays'),
    scanners: paths('scanners'),
    backend: backendOf(o.backend, bad, text),
    webDisplayPort: (port as number | undefined) ?? 0,
    serial: text(o, 'serial', '') ?? EMPTY.serial,
    journalBackupDir: backupDir ?? null,
  };
}

type Bad = (field: string, expected: string) => PosError;

/** {"tcp": "192.168.1.50:9100"} or {"serial": "/dev/ttyS1"}. */
function printerOf(v: unknown, bad: Bad): PrinterEndpoint | null {
  if (v === undefined) return null;
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  if (typeof o.serial === 'string' && o.serial !== '') return { kind: 'serial', path: o.serial };
  const m = typeof o.tcp === 'string' ? /^([^:\s]+):(\d{1,5})$/.exec(o.tcp) : null;
  if (m && Number(m[2]) <= 65_535) return { kind: 'tcp', host: m[1]!, port: Number(m[2]) };
  throw bad('printer', '{"tcp": "host:port"} or {"serial": "/dev/tty…"}');
}

function backendOf(v: unknown, bad: Bad, text: (from: Record<string, unknown>, field: string, prefix: string) => string | undefined): BackendLink | null {
  if (v === undefined) return null;
  if (typeof v !== 'object' || v === null) throw bad('backend', 'an object');
  const o = v as Record<string, unknown>;
  const address = text(o, 'address', 'backend.');
  const token = text(o, 'token', 'backend.');
  if (address === undefined || !/^[^:\s]+:\d{1,5}$/.test(address)) throw bad('backend.address', 'host:port');
  if (token === undefined) throw bad('backend.token', 'the one-time enrolment token');
  const caFile = text(o, 'caFile', 'backend.');
  const opsCentreUrl = text(o, 'opsCentreUrl', 'backend.');
  return { address, token, ...(caFile ? { caFile } : {}), ...(opsCentreUrl ? { opsCentreUrl } : {}) };
}
