// Terminal and per-AID parameters (EMV Book 4 §5 and Annex A; Book 3 Annex A terminal data),
// parsed from the JSON the configuration folder holds (config/terminal.json, config/aids.json)
// and later the channel's parameter download. Parsing is pure: the caller reads the files.
import { fromHex } from '../../bytes/hex.js';
import { PosError } from '../../errors/index.js';

export interface TerminalConfig {
  /** 9F35 Terminal Type (n2), e.g. '22': attended, online with offline capability. */
  readonly terminalType: string;
  /** 9F33 Terminal Capabilities (3 bytes). */
  readonly capabilities: Uint8Array;
  /** 9F40 Additional Terminal Capabilities (5 bytes). */
  readonly additionalCapabilities: Uint8Array;
  /** 9F1A, 3 digits. */
  readonly countryCode: string;
  /** 5F2A, 3 digits, and its exponent (5F36). */
  readonly currencyCode: string;
  readonly currencyExponent: number;
  /** 9F1C Terminal Identification, 9F16 Merchant Identifier, 9F15 MCC, 9F4E merchant name. */
  readonly terminalId: string;
  readonly merchantId: string;
  readonly merchantCategoryCode: string;
  readonly merchantName: string;
  /** Perform terminal risk management even when the AIP does not ask (Book 3 §10.6). */
  readonly alwaysPerformRiskManagement: boolean;
}

export interface ActionCodes {
  readonly denial: Uint8Array;
  readonly online: Uint8Array;
  readonly default: Uint8Array;
}

export interface RandomSelection {
  readonly targetPercent: number;
  readonly maxTargetPercent: number;
  /** Minor units. */
  readonly threshold: bigint;
}

export interface AidConfig {
  readonly aid: Uint8Array;
  /** Application Selection Indicator: the card's ADF name may extend the AID (Book 1 §12.3.1). */
  readonly partialSelection: boolean;
  /** 9F09 Application Version Number (terminal). */
  readonly applicationVersion: Uint8Array;
  /** 9F1B Terminal Floor Limit, minor units. */
  readonly floorLimit: bigint;
  readonly tac: ActionCodes;
  readonly defaultDdol: Uint8Array;
  readonly defaultTdol: Uint8Array | undefined;
  readonly randomSelection: RandomSelection;
}

type Json = Record<string, unknown>;

function fail(file: string, field: string, expected: string): never {
  throw new PosError('E-CORE-0003', { file, field, expected });
}

function field(obj: Json, file: string, name: string): unknown {
  if (!(name in obj)) fail(file, name, 'present');
  return obj[name];
}

function hexField(obj: Json, file: string, name: string, length?: number): Uint8Array {
  const v = field(obj, file, name);
  if (typeof v !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(v)) fail(file, name, 'hex string');
  const bytes = fromHex(v);
  if (length !== undefined && bytes.length !== length) fail(file, name, `${length} bytes`);
  return bytes;
}

function digitsField(obj: Json, file: string, name: string, length: number): string {
  const v = field(obj, file, name);
  if (typeof v !== 'string' || !new RegExp(`^\\d{${length}}$`).test(v)) fail(file, name, `${length} digits`);
  return v;
}

function stringField(obj: Json, file: string, name: string): string {
  const v = field(obj, file, name);
  if (typeof v !== 'string') fail(file, name, 'string');
  return v;
}

function numberField(obj: Json, file: string, name: string, min: number, max: number): number {
  const v = field(obj, file, name);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(file, name, `integer ${min}..${max}`);
  return v;
}

/** Amounts are strings of minor units in JSON: a float would lose cents. */
function amountField(obj: Json, file: string, name: string): bigint {
  const v = field(obj, file, name);
  if (typeof v !== 'string' || !/^\d{1,12}$/.test(v)) fail(file, name, 'minor units as a string of digits');
  return BigInt(v);
}

function objectOf(v: unknown, file: string, name: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, name, 'object');
  return v as Json;
}

export function parseTerminalConfig(json: unknown, file = 'terminal.json'): TerminalConfig {
  const o = objectOf(json, file, '(top)');
  return {
    terminalType: digitsField(o, file, 'terminalType', 2),
    capabilities: hexField(o, file, 'capabilities', 3),
    additionalCapabilities: hexField(o, file, 'additionalCapabilities', 5),
    countryCode: digitsField(o, file, 'countryCode', 3),
    currencyCode: digitsField(o, file, 'currencyCode', 3),
    currencyExponent: numberField(o, file, 'currencyExponent', 0, 3),
    terminalId: stringField(o, file, 'terminalId'),
    merchantId: stringField(o, file, 'merchantId'),
    merchantCategoryCode: digitsField(o, file, 'merchantCategoryCode', 4),
    merchantName: stringField(o, file, 'merchantName'),
    alwaysPerformRiskManagement: field(o, file, 'alwaysPerformRiskManagement') === true,
  };
}

export function parseAidConfigs(json: unknown, file = 'aids.json'): AidConfig[] {
  if (!Array.isArray(json)) fail(file, '(top)', 'array of AIDs');
  return json.map((item, i) => {
    const o = objectOf(item, file, `[${i}]`);
    const tac = objectOf(field(o, file, 'tac'), file, `[${i}].tac`);
    const rs = objectOf(field(o, file, 'randomSelection'), file, `[${i}].randomSelection`);
    return {
      aid: hexField(o, file, 'aid'),
      partialSelection: field(o, file, 'partialSelection') === true,
      applicationVersion: hexField(o, file, 'applicationVersion', 2),
      floorLimit: amountField(o, file, 'floorLimit'),
      tac: { denial: hexField(tac, file, 'denial', 5), online: hexField(tac, file, 'online', 5), default: hexField(tac, file, 'default', 5) },
      defaultDdol: hexField(o, file, 'defaultDdol'),
      defaultTdol: 'defaultTdol' in o ? hexField(o, file, 'defaultTdol') : undefined,
      randomSelection: {
        targetPercent: numberField(rs, file, 'targetPercent', 0, 99),
        maxTargetPercent: numberField(rs, file, 'maxTargetPercent', 0, 99),
        threshold: amountField(rs, file, 'threshold'),
      },
    };
  });
}
