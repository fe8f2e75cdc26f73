// The backend's own parameter file (config/backend-parameters.json by default): merchants'
// receipt data, operators with their scrypt verifiers and their terminal bindings, the operator
// policy every terminal gets, and which merchant each terminal serial works for. The EMV tables
// are the terminal's own config files (read by the composition root with the EMV loaders).
// Anything of the wrong shape is E-BACKEND-0011 naming the field.
import { readFileSync } from 'node:fs';
import { PosError } from '../errors/index.js';
import { posrt } from '../protos/index.js';

const v1 = posrt.channel.v1;

export interface ParameterFile {
  readonly operatorIdleLogoutMin: number;
  readonly operatorMaxFailedLogins: number;
  readonly merchants: readonly posrt.channel.v1.MerchantData.$Properties[];
  readonly operators: posrt.channel.v1.OperatorTable.$Properties;
  readonly assignments: readonly { readonly serial: string; readonly merchantId: string }[];
}

type Json = Record<string, unknown>;

const ROLES: Readonly<Record<string, posrt.channel.v1.OperatorRole>> = {
  cashier: v1.OperatorRole.OPERATOR_ROLE_CASHIER,
  supervisor: v1.OperatorRole.OPERATOR_ROLE_SUPERVISOR,
  administrator: v1.OperatorRole.OPERATOR_ROLE_ADMINISTRATOR,
};

function bad(field: string): never {
  throw new PosError('E-BACKEND-0011', { field });
}

function list(o: Json, name: string): Json[] {
  const v = o[name] ?? [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) bad(name);
  return v as Json[];
}

function text(o: Json, name: string, at: string, pattern = /^[^\x00-\x1f]{0,200}$/): string {
  const v = o[name] ?? '';
  if (typeof v !== 'string' || !pattern.test(v)) bad(`${at}.${name}`);
  return v;
}

function lines(o: Json, name: string, at: string): string[] {
  const v = o[name] ?? [];
  if (!Array.isArray(v) || !v.every((l) => typeof l === 'string' && /^[^\x00-\x1f]{0,200}$/.test(l))) bad(`${at}.${name}`);
  return v as string[];
}

function hex(o: Json, name: string, at: string, bytes: number): Uint8Array {
  const v = o[name];
  if (typeof v !== 'string' || v.length !== bytes * 2 || !/^[0-9A-Fa-f]*$/.test(v)) bad(`${at}.${name}`);
  return new Uint8Array(Buffer.from(v, 'hex'));
}

function count(o: Json, name: string, at: string): number {
  const v = o[name] ?? 0;
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 10_000) bad(`${at}.${name}`);
  return v as number;
}

const MERCHANT_ID = /^[\x21-\x7e]{15}$/;
const TERMINAL_ID = /^[\x21-\x7e]{8}$/;
const OPERATOR_ID = /^[\x21-\x7e]{1,32}$/;

export function parseParameterFile(json: unknown): ParameterFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) bad('(top)');
  const o = json as Json;
  const policy = (o.terminalPolicy ?? {}) as Json;
  const merchants = list(o, 'merchants').map((m, i) => {
    const at = `merchants[${i}]`;
    return {
      merchantId: text(m, 'merchantId', at, MERCHANT_ID),
      name: text(m, 'name', at),
      nameEn: text(m, 'nameEn', at),
      addressLines: lines(m, 'addressLines', at),
      phone: text(m, 'phone', at),
      taxId: text(m, 'taxId', at),
      receiptHeader: lines(m, 'receiptHeader', at),
      receiptFooter: lines(m, 'receiptFooter', at),
      nameAndLocation: text(m, 'nameAndLocation', at),
    };
  });
  const operators = list(o, 'operators').map((p, i) => {
    const at = `operators[${i}]`;
    const role = ROLES[String(p.role)] ?? bad(`${at}.role`);
    if (p.active !== undefined && typeof p.active !== 'boolean') bad(`${at}.active`);
    return {
      operatorId: text(p, 'operatorId', at, OPERATOR_ID),
      name: text(p, 'name', at),
      role,
      passwordSalt: hex(p, 'passwordSalt', at, 16),
      passwordVerifier: hex(p, 'passwordVerifier', at, 32),
      active: p.active !== false,
    };
  });
  const known = new Set(operators.map((p) => p.operatorId));
  const bindings = list(o, 'bindings').map((b, i) => {
    const at = `bindings[${i}]`;
    const operatorId = text(b, 'operatorId', at, OPERATOR_ID);
    // A binding of an operator the table lacks would let nobody log in: a typo, refused.
    if (!known.has(operatorId)) bad(`${at}.operatorId`);
    return { operatorId, terminalId: text(b, 'terminalId', at, TERMINAL_ID) };
  });
  const assignments = list(o, 'terminals').map((t, i) => ({ serial: text(t, 'serial', `terminals[${i}]`, /^[\x21-\x7e]{1,64}$/), merchantId: text(t, 'merchantId', `terminals[${i}]`, MERCHANT_ID) }));
  return {
    operatorIdleLogoutMin: count(policy, 'operatorIdleLogoutMin', 'terminalPolicy'),
    operatorMaxFailedLogins: count(policy, 'operatorMaxFailedLogins', 'terminalPolicy'),
    merchants,
    operators: { operators, bindings },
    assignments,
  };
}

export function loadParameterFile(path: string): ParameterFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PosError('E-BACKEND-0011', { field: '--params', path, reason: e instanceof SyntaxError ? 'not JSON' : ((e as NodeJS.ErrnoException).code ?? 'unreadable') });
  }
  return parseParameterFile(json);
}
