// The backend's configuration file (config/backend.json by default): the issuer simulator's
// test keys and rules (scripts and the online PIN table optional), the wallet simulator's rules
// (optional), the heartbeat cadence terminals are told to keep, and when error rates count as
// rising. Anything missing or of the wrong shape is E-BACKEND-0011 naming the field, never a
// crash later.
import { readFileSync } from 'node:fs';
import { PosError } from '../errors/index.js';
import { fromHex } from '../bytes/hex.js';
import type { IssuerKeySet, IssuerRules } from './issuer-simulator.js';
import type { ScriptCommand, ScriptCondition, ScriptRule } from './issuer-scripts.js';
import { PinTryCounter, type OnlinePinRules } from './online-pin-check.js';
import type { ErrorRateRule } from './error-rate.js';
import { parseCryptogramDataRules } from './contactless-cryptogram-data.js';
import { PROVIDERS, type Provider, type WalletRules } from './wallet-simulator.js';

export interface BackendConfig {
  readonly issuer: IssuerRules;
  /** What SessionAccepted tells terminals. */
  readonly heartbeatIntervalS: number;
  /** A terminal is offline (an alert) after this many intervals without a heartbeat. */
  readonly missedHeartbeats: number;
  /** When a terminal's declines and errors count as rising (the alert 'error-rate-rising'). */
  readonly errorRate: ErrorRateRule;
  /** The wallet simulator's rules for scan-to-pay. */
  readonly wallet: WalletRules;
}

/** Optional in the file: half as many failures as approvals over ten minutes, of at least ten
 *  transactions. */
function errorRateRule(v: unknown): ErrorRateRule {
  const o = field(v === undefined || isObject(v), 'errorRate', (v ?? {}) as Json);
  const windowS = field(o.windowS === undefined || (Number.isInteger(o.windowS) && (o.windowS as number) >= 1), 'errorRate.windowS', (o.windowS as number | undefined) ?? 600);
  const threshold = field(o.threshold === undefined || (typeof o.threshold === 'number' && o.threshold > 0), 'errorRate.threshold', (o.threshold as number | undefined) ?? 0.5);
  const minTransactions = field(o.minTransactions === undefined || (Number.isInteger(o.minTransactions) && (o.minTransactions as number) >= 1), 'errorRate.minTransactions', (o.minTransactions as number | undefined) ?? 10);
  return { windowMs: windowS * 1000, threshold, minTransactions };
}

/** Optional in the file: a limit of 10,000.00, orders paid three seconds after they are shown
 *  by a UnionPay wallet, every provider answering. */
function walletRules(v: unknown): WalletRules {
  const o = field(v === undefined || isObject(v), 'wallet', (v ?? {}) as Json);
  const limit = field(o.amountLimit === undefined || (typeof o.amountLimit === 'string' && /^\d{1,18}$/.test(o.amountLimit)), 'wallet.amountLimit', (o.amountLimit as string | undefined) ?? '1000000');
  const paysAfterMs = field(o.paysAfterMs === undefined || (Number.isInteger(o.paysAfterMs) && (o.paysAfterMs as number) >= 0), 'wallet.paysAfterMs', (o.paysAfterMs as number | undefined) ?? 3000);
  const isProvider = (p: unknown): p is Provider => (PROVIDERS as readonly unknown[]).includes(p);
  const payer = field(o.payer === undefined || isProvider(o.payer), 'wallet.payer', (o.payer as Provider | undefined) ?? 'unionpay');
  const unavailable = field(o.unavailableProviders === undefined || (Array.isArray(o.unavailableProviders) && o.unavailableProviders.every(isProvider)), 'wallet.unavailableProviders', (o.unavailableProviders as Provider[] | undefined) ?? []);
  return { amountLimit: BigInt(limit), paysAfterMs, payer, unavailableProviders: unavailable };
}

function field<T>(ok: boolean, name: string, value: T): T {
  if (!ok) throw new PosError('E-BACKEND-0011', { field: name });
  return value;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHex = (v: unknown, bytes: number): v is string => typeof v === 'string' && v.length === bytes * 2 && /^[0-9A-Fa-f]*$/.test(v);
const key16 = (v: unknown, name: string): Uint8Array => fromHex(field(isHex(v, 16), name, v as string));

function masterKeys(v: unknown): IssuerKeySet[] {
  const list = field(Array.isArray(v), 'issuer.masterKeys', v as unknown[]);
  return list.map((k, i) => {
    const set = field(isObject(k), `issuer.masterKeys[${i}]`, k as Json);
    return { ac: key16(set.ac, `issuer.masterKeys[${i}].ac`), smi: key16(set.smi, `issuer.masterKeys[${i}].smi`), smc: key16(set.smc, `issuer.masterKeys[${i}].smc`) };
  });
}

const SIMPLE_COMMANDS = ['application-block', 'application-unblock', 'card-block', 'pin-unblock'] as const;

function scriptCommand(v: unknown, name: string): ScriptCommand {
  const c = field(isObject(v), name, v as Json);
  const kind = (SIMPLE_COMMANDS as readonly unknown[]).includes(c.command) ? (c.command as (typeof SIMPLE_COMMANDS)[number]) : undefined;
  if (kind !== undefined) return { kind };
  // A TEST card's new PIN: the error names the field, never the value.
  if (c.command === 'pin-change') return { kind: 'pin-change', pin: field(typeof c.pin === 'string' && /^\d{4,12}$/.test(c.pin), `${name}.pin`, c.pin as string) };
  field(c.command === 'put-data', `${name}.command`, c.command);
  const tag = field(isHex(c.tag, 2), `${name}.tag`, c.tag as string);
  // Lc holds the value and the 8-byte MAC.
  const value = field(typeof c.value === 'string' && /^(?:[0-9A-Fa-f]{2}){1,247}$/.test(c.value), `${name}.value`, c.value as string);
  return { kind: 'put-data', tag: parseInt(tag, 16), value: fromHex(value) };
}

function scriptCondition(v: unknown, name: string): ScriptCondition {
  const w = field(isObject(v) && Object.keys(v).length === 1, name, v as Json);
  if (w.panPrefix !== undefined) return { kind: 'pan-prefix', prefix: field(typeof w.panPrefix === 'string' && /^\d{1,19}$/.test(w.panPrefix), `${name}.panPrefix`, w.panPrefix as string) };
  return { kind: 'amount-over', amount: BigInt(field(typeof w.amountOver === 'string' && /^\d{1,18}$/.test(w.amountOver), `${name}.amountOver`, w.amountOver as string)) };
}

function scriptRules(v: unknown): ScriptRule[] {
  if (v === undefined) return [];
  const list = field(Array.isArray(v), 'issuer.scripts', v as unknown[]);
  return list.map((r, i) => {
    const name = `issuer.scripts[${i}]`;
    const rule = field(isObject(r), name, r as Json);
    const timing = field(rule.timing === 'before-final-ac' || rule.timing === 'after-final-ac', `${name}.timing`, rule.timing as ScriptRule['timing']);
    const id = fromHex(field(isHex(rule.id, 4), `${name}.id`, rule.id as string));
    const commands = field(Array.isArray(rule.commands) && rule.commands.length > 0, `${name}.commands`, rule.commands as unknown[]);
    return { when: scriptCondition(rule.when, `${name}.when`), timing, id, commands: commands.map((c, j) => scriptCommand(c, `${name}.commands[${j}]`)) };
  });
}

/** Names the field only: a PAN or PIN of the table never reaches the error. */
function onlinePinRules(v: unknown): OnlinePinRules | undefined {
  if (v === undefined) return undefined;
  const o = field(isObject(v), 'issuer.onlinePin', v as Json);
  const tryLimit = field(Number.isInteger(o.tryLimit) && (o.tryLimit as number) >= 1, 'issuer.onlinePin.tryLimit', o.tryLimit as number);
  const pins = field(
    isObject(o.pins) && Object.entries(o.pins).every(([pan, pin]) => /^\d{12,19}$/.test(pan) && typeof pin === 'string' && /^\d{4,12}$/.test(pin)),
    'issuer.onlinePin.pins',
    o.pins as Record<string, string>,
  );
  return {
    bdks: { tdes: key16(o.tdesBdk, 'issuer.onlinePin.tdesBdk'), aes: key16(o.aesBdk, 'issuer.onlinePin.aesBdk') },
    pins: new Map(Object.entries(pins)),
    tries: new PinTryCounter(tryLimit),
  };
}

/** PAN → available balance (minor units, a '-' for owed); names the field only, never a PAN. */
function balances(v: unknown): Map<string, bigint> {
  if (v === undefined) return new Map();
  const table = field(isObject(v) && Object.entries(v).every(([pan, amount]) => /^\d{12,19}$/.test(pan) && typeof amount === 'string' && /^-?\d{1,18}$/.test(amount)), 'issuer.balances', v as Record<string, string>);
  return new Map(Object.entries(table).map(([pan, amount]) => [pan, BigInt(amount)]));
}

export function parseBackendConfig(json: unknown): BackendConfig {
  const o = (json ?? {}) as Record<string, unknown>;
  const issuer = field(typeof o.issuer === 'object' && o.issuer !== null, 'issuer', o.issuer as Record<string, unknown>);
  const keys = masterKeys(issuer.masterKeys);
  const limit = field(typeof issuer.amountLimit === 'string' && /^\d{1,18}$/.test(issuer.amountLimit), 'issuer.amountLimit', issuer.amountLimit as string);
  const prefixes = field(Array.isArray(issuer.declinedPanPrefixes) && issuer.declinedPanPrefixes.every((p) => typeof p === 'string' && /^\d{1,19}$/.test(p)), 'issuer.declinedPanPrefixes', issuer.declinedPanPrefixes as string[]);
  const interval = field(Number.isInteger(o.heartbeatIntervalS) && (o.heartbeatIntervalS as number) >= 1, 'heartbeatIntervalS', o.heartbeatIntervalS as number);
  const missed = field(Number.isInteger(o.missedHeartbeats) && (o.missedHeartbeats as number) >= 1, 'missedHeartbeats', o.missedHeartbeats as number);
  return {
    issuer: {
      masterKeys: keys,
      amountLimit: BigInt(limit),
      declinedPanPrefixes: prefixes,
      scripts: scriptRules(issuer.scripts),
      onlinePin: onlinePinRules(issuer.onlinePin),
      contactlessCryptogramData: parseCryptogramDataRules(issuer.contactlessCryptogramData, 'issuer.contactlessCryptogramData'),
      balances: balances(issuer.balances),
    },
    heartbeatIntervalS: interval,
    missedHeartbeats: missed,
    errorRate: errorRateRule(o.errorRate),
    wallet: walletRules(o.wallet),
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
