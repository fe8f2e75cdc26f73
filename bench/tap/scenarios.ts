// The taps bench/tap runs: for each kernel an offline approval (TC) and an online request
// (ARQC) on one virtual contactless card, through Entry Point with the terminal's own
// configuration (config/terminal.json, config/contactless.json). Two changes, so that an
// offline approval is possible at all: the Reader Contactless Floor Limit is 20.00 (the file
// has 0, which sends every tap online), and Kernel 2 gets its limits and TACs under the names
// Book C-2 Annex A and parseC2Config use (the file's kernel 2 entry names them otherwise).
// 10.00 is under every limit; 25.00 is over the floor limit only, so the reader asks for an
// online cryptogram (TTQ byte 2 b8 for kernels 3 and 7, TVR floor limit bit against the TAC
// for kernel 2) and the same card answers ARQC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTerminalConfig } from '../../src/emv/contact/config.js';
import { parseContactlessConfig, type ContactlessCombination } from '../../src/emv/contactless/config.js';
import type { KernelId, OutcomeParameterSet } from '../../src/emv/contactless/kernel-contract.js';

const CONFIG = join(import.meta.dirname, '../../config');
const json = (file: string): unknown => JSON.parse(readFileSync(join(CONFIG, file), 'utf8'));

export const terminal = parseTerminalConfig(json('terminal.json'));

const FLOOR_LIMIT = 2000n;

/** What parseC2Config reads (Book C-2 Annex A tags or their names), kept from the file. */
const C2_FIELDS = ['DF8118', 'DF8119', 'DF811B', 'DF8120', 'DF8121', 'DF8122', 'DF812D', 'cvmCapabilityCvmRequired', 'cvmCapabilityNoCvmRequired', 'kernelConfiguration', 'tacDefault', 'tacDenial', 'tacOnline', 'messageHoldTime'];

/** Kernel 2's configuration in Book C-2 Annex A terms: the combination's limits (which Entry
 *  Point does not hand Kernel 2), the file's nested TACs under their C-2 tags, and the fields
 *  the kernel reads; anything else (securityCapability) is left out. */
function c2KernelConfig(c: ContactlessCombination): Record<string, unknown> {
  const raw = c.kernelConfig;
  const tac = raw.tac as { denial?: string; online?: string; default?: string } | undefined;
  return {
    ...Object.fromEntries(C2_FIELDS.filter((f) => raw[f] !== undefined).map((f) => [f, raw[f]])),
    DF8123: String(FLOOR_LIMIT),
    ...(c.cvmRequiredLimit === undefined ? {} : { DF8126: String(c.cvmRequiredLimit) }),
    ...(c.transactionLimit === undefined ? {} : { DF8124: String(c.transactionLimit), DF8125: String(c.transactionLimit) }),
    ...(tac?.denial === undefined ? {} : { DF8121: tac.denial }),
    ...(tac?.online === undefined ? {} : { DF8122: tac.online }),
    ...(tac?.default === undefined ? {} : { DF8120: tac.default }),
  };
}

export const combinations: readonly ContactlessCombination[] = parseContactlessConfig(json('contactless.json')).map((c) => ({
  ...c,
  floorLimit: FLOOR_LIMIT,
  kernelConfig: c.kernel === 2 ? c2KernelConfig(c) : c.kernelConfig,
}));

export interface Tap {
  readonly name: string;
  readonly kernel: KernelId;
  readonly profile: string;
  readonly amount: bigint;
  readonly status: OutcomeParameterSet['status'];
  readonly cryptogram: 'TC' | 'ARQC';
}

const OFFLINE = 1000n;
const ONLINE = 2500n;

export const taps: readonly Tap[] = [
  { name: 'C-2 M/Chip, offline', kernel: 2, profile: 'mastercard-c2', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-2 M/Chip, online', kernel: 2, profile: 'mastercard-c2', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
  { name: 'C-3 qVSDC, offline', kernel: 3, profile: 'visa-qvsdc', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-3 qVSDC, online', kernel: 3, profile: 'visa-qvsdc', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
  { name: 'C-7 qPBOC, offline', kernel: 7, profile: 'unionpay-ec', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-7 qPBOC, online', kernel: 7, profile: 'unionpay-ec', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
];
