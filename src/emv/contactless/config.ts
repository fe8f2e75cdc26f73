// EMV Contactless Book B §3.1 and Book A §5.7 Table 5-2 (Entry Point Configuration Data): one
// entry per AID × Kernel ID combination with its limits, flags and TTQ, plus the free-form
// kernel configuration Entry Point hands the kernel unread. Currency and country come from the
// terminal configuration (config/terminal.json), never from here. Parsing is pure: the caller
// reads the file; a bad field is E-CORE-0003 naming the file and the field.
import { fromHex } from '../../bytes/hex.js';
import { PosError } from '../../errors/index.js';
import type { KernelId } from './kernel-contract.js';

const KERNEL_IDS: readonly KernelId[] = [2, 3, 7];

/** Book A Table 5-2, for one combination. An absent limit is not checked (Book B §3.1.1). */
export interface ContactlessCombination {
  readonly aid: Uint8Array;
  readonly kernel: KernelId;
  /** The card's ADF name may extend the AID (Book B §3.3.2.5 B, partial match). */
  readonly partialSelection: boolean;
  /** Reader Contactless Transaction Limit, minor units. */
  readonly transactionLimit: bigint | undefined;
  /** Reader Contactless Floor Limit, minor units. */
  readonly floorLimit: bigint | undefined;
  /** Reader CVM Required Limit, minor units. */
  readonly cvmRequiredLimit: bigint | undefined;
  readonly statusCheckSupported: boolean;
  readonly zeroAmountAllowed: boolean;
  /** 9F66 as configured (kernels 3 and 7), before pre-processing sets its byte 2 bits. */
  readonly ttq: Uint8Array | undefined;
  /** Append the PPSE entry's Extended Selection (9F29) to the final SELECT (Book B §3.3.3.3). */
  readonly extendedSelectionSupported: boolean;
  /** Terminal data objects for this combination (tag → value), over the terminal's own. */
  readonly terminalData: ReadonlyMap<number, Uint8Array>;
  /** Handed to the kernel unread (TACs, kernel configuration, ...). */
  readonly kernelConfig: Readonly<Record<string, unknown>>;
}

type Json = Record<string, unknown>;

function fail(file: string, field: string, expected: string): never {
  throw new PosError('E-CORE-0003', { file, field, expected });
}

function objectOf(v: unknown, file: string, name: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, name, 'object');
  return v as Json;
}

function hexOf(v: unknown, file: string, name: string, length?: number): Uint8Array {
  if (typeof v !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(v)) fail(file, name, 'hex string');
  const bytes = fromHex(v);
  if (length !== undefined && bytes.length !== length) fail(file, name, `${length} bytes`);
  return bytes;
}

/** Amounts are strings of minor units: a float would lose cents. */
function optionalAmount(o: Json, file: string, at: string, name: string): bigint | undefined {
  if (!(name in o)) return undefined;
  const v = o[name];
  if (typeof v !== 'string' || !/^\d{1,12}$/.test(v)) fail(file, `${at}.${name}`, 'minor units as a string of digits');
  return BigInt(v);
}

function flag(o: Json, file: string, at: string, name: string): boolean {
  const v = o[name] ?? false;
  if (typeof v !== 'boolean') fail(file, `${at}.${name}`, 'true or false');
  return v;
}

function terminalDataOf(v: unknown, file: string, at: string): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  if (v === undefined) return out;
  for (const [tag, value] of Object.entries(objectOf(v, file, at))) {
    if (!/^[0-9A-F]{2,4}$/.test(tag)) fail(file, `${at}.${tag}`, 'an uppercase hex tag');
    out.set(Number.parseInt(tag, 16), hexOf(value, file, `${at}.${tag}`));
  }
  return out;
}

export function parseContactlessConfig(json: unknown, file = 'contactless.json'): ContactlessCombination[] {
  const top = objectOf(json, file, '(top)');
  const list = top.combinations;
  if (!Array.isArray(list) || list.length === 0) fail(file, 'combinations', 'non-empty array');
  return list.map((item, i) => {
    const at = `combinations[${i}]`;
    const o = objectOf(item, file, at);
    const aid = hexOf(o.aid, file, `${at}.aid`);
    if (aid.length < 5 || aid.length > 16) fail(file, `${at}.aid`, '5 to 16 bytes');
    const kernel = o.kernel;
    if (!KERNEL_IDS.includes(kernel as KernelId)) fail(file, `${at}.kernel`, `one of ${KERNEL_IDS.join(', ')}`);
    // Book A Table 5-2: the TTQ is configuration of kernels 3 and 7 only.
    const needsTtq = kernel === 3 || kernel === 7;
    if (needsTtq !== 'ttq' in o) fail(file, `${at}.ttq`, needsTtq ? 'present for kernels 3 and 7' : 'absent for kernel 2');
    return {
      aid,
      kernel: kernel as KernelId,
      partialSelection: flag(o, file, at, 'partialSelection'),
      transactionLimit: optionalAmount(o, file, at, 'transactionLimit'),
      floorLimit: optionalAmount(o, file, at, 'floorLimit'),
      cvmRequiredLimit: optionalAmount(o, file, at, 'cvmRequiredLimit'),
      statusCheckSupported: flag(o, file, at, 'statusCheck'),
      zeroAmountAllowed: flag(o, file, at, 'zeroAmountAllowed'),
      ttq: needsTtq ? hexOf(o.ttq, file, `${at}.ttq`, 4) : undefined,
      extendedSelectionSupported: flag(o, file, at, 'extendedSelection'),
      terminalData: terminalDataOf(o.terminalData, file, `${at}.terminalData`),
      kernelConfig: o.kernelConfig === undefined ? {} : objectOf(o.kernelConfig, file, `${at}.kernelConfig`),
    };
  });
}
