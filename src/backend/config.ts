// The backend's configuration file (config/backend.json by default): the issuer simulator's
// test keys and rules, and the heartbeat cadence terminals are told to keep. Anything missing
// or of the wrong shape is E-BACKEND-0011 naming the field, never a crash later.
import { readFileSync } from 'node:fs';
import { PosError } from '../errors/index.js';
import type { IssuerRules } from './issuer-simulator.js';

export interface BackendConfig {
  readonly issuer: IssuerRules;
  /** What SessionAccepted tells terminals. */
  readonly heartbeatIntervalS: number;
  /** A terminal is offline (an alert) after this many intervals without a heartbeat. */
  readonly missedHeartbeats: number;
  /** The terminal parameter set's version; raising it sends every terminal the set again. */
  readonly terminalParametersVersion: bigint;
}

function field<T>(ok: boolean, name: string, value: T): T {
  if (!ok) throw new PosError('E-BACKEND-0011', { field: name });
  return value;
}

export function parseBackendConfig(json: unknown): BackendConfig {
  const o = (json ?? {}) as Record<string, unknown>;
  const issuer = field(typeof o.issuer === 'object' && o.issuer !== null, 'issuer', o.issuer as Record<string, unknown>);
  const keys = field(Array.isArray(issuer.masterKeys) && issuer.masterKeys.every((k) => typeof k === 'string' && /^[0-9A-Fa-f]{32}$/.test(k)), 'issuer.masterKeys', issuer.masterKeys as string[]);
  const limit = field(typeof issuer.amountLimit === 'string' && /^\d{1,18}$/.test(issuer.amountLimit), 'issuer.amountLimit', issuer.amountLimit as string);
  const prefixes = field(Array.isArray(issuer.declinedPanPrefixes) && issuer.declinedPanPrefixes.every((p) => typeof p === 'string' && /^\d{1,19}$/.test(p)), 'issuer.declinedPanPrefixes', issuer.declinedPanPrefixes as string[]);
  const interval = field(Number.isInteger(o.heartbeatIntervalS) && (o.heartbeatIntervalS as number) >= 1, 'heartbeatIntervalS', o.heartbeatIntervalS as number);
  const missed = field(Number.isInteger(o.missedHeartbeats) && (o.missedHeartbeats as number) >= 1, 'missedHeartbeats', o.missedHeartbeats as number);
  const parameters = field(o.terminalParametersVersion === undefined || (typeof o.terminalParametersVersion === 'string' && /^\d{1,18}$/.test(o.terminalParametersVersion)), 'terminalParametersVersion', (o.terminalParametersVersion as string | undefined) ?? '1');
  return {
    terminalParametersVersion: BigInt(parameters),
    issuer: { masterKeys: keys.map((k) => new Uint8Array(Buffer.from(k, 'hex'))), amountLimit: BigInt(limit), declinedPanPrefixes: prefixes },
    heartbeatIntervalS: interval,
    missedHeartbeats: missed,
  };
}

export function loadBackendConfig(path: string): BackendConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PosError('E-BACKEND-0011', { field: '--config', path, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
  }
  try {
    return parseBackendConfig(JSON.parse(text));
  } catch (e) {
    if (e instanceof PosError) throw e;
    throw new PosError('E-BACKEND-0011', { field: '--config', path, reason: 'not JSON' });
  }
}
