// Entry Point test support: PPSE and ADF FCIs built from Book B §3.3.2 / Book 1 §11.3.4
// templates, a terminal and combinations like config/, and a fake kernel that returns scripted
// outcomes and records what it was activated with.
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { selectCommand } from '../../../src/emv/apdu/index.js';
import { parseTerminalConfig } from '../../../src/emv/contact/config.js';
import type { ContactlessCombination } from '../../../src/emv/contactless/config.js';
import type { EntryPointEnvironment } from '../../../src/emv/contactless/entry-point/index.js';
import { OUTCOME_DEFAULTS, type ContactlessKernel, type KernelActivation, type KernelId, type KernelOutcome, type OutcomeParameterSet } from '../../../src/emv/contactless/kernel-contract.js';
import { createCaKeyStore } from '../../../src/emv/oda/index.js';
import { PPSE_NAME } from '../../../src/emv/selection/index.js';
import { encodeTlv, type TlvInput } from '../../../src/emv/tlv/index.js';

export const terminal = parseTerminalConfig({
  terminalType: '22',
  capabilities: 'E0F8C8',
  additionalCapabilities: '6000F0A001',
  countryCode: '156',
  currencyCode: '156',
  currencyExponent: 2,
  terminalId: 'POSRT001',
  merchantId: '123456789012345',
  merchantCategoryCode: '5411',
  merchantName: 'TEST',
  alwaysPerformRiskManagement: false,
});

export function combination(aid: string, kernel: KernelId, over: Partial<ContactlessCombination> = {}): ContactlessCombination {
  return {
    aid: fromHex(aid),
    kernel,
    partialSelection: true,
    transactionLimit: 500000n,
    floorLimit: 0n,
    cvmRequiredLimit: 100000n,
    statusCheckSupported: false,
    zeroAmountAllowed: true,
    ttq: kernel === 2 ? undefined : fromHex('36004000'),
    extendedSelectionSupported: false,
    terminalData: new Map(),
    kernelConfig: {},
    ...over,
  };
}

export interface Entry {
  readonly aid: string;
  readonly priority?: number;
  readonly kernelId?: string;
  readonly extendedSelection?: string;
}

export function ppseFci(entries: readonly Entry[]): string {
  const directory: TlvInput[] = entries.map((e) => ({
    tag: 0x61,
    children: [
      { tag: 0x4f, value: fromHex(e.aid) },
      { tag: 0x50, value: Uint8Array.from(Buffer.from('APP', 'ascii')) },
      ...(e.priority !== undefined ? [{ tag: 0x87, value: Uint8Array.of(e.priority) }] : []),
      ...(e.kernelId !== undefined ? [{ tag: 0x9f2a, value: fromHex(e.kernelId) }] : []),
      ...(e.extendedSelection !== undefined ? [{ tag: 0x9f29, value: fromHex(e.extendedSelection) }] : []),
    ],
  }));
  return `${toHex(encodeTlv([{ tag: 0x6f, children: [{ tag: 0x84, value: PPSE_NAME }, { tag: 0xa5, children: [{ tag: 0xbf0c, children: directory }] }] }]))}9000`;
}

/** A SELECT ADF answer; the PDOL asks for the TTQ unless told otherwise. */
export function adfFci(aid: string, pdol = '9F66049F02069F37049F1A02'): string {
  return `${toHex(encodeTlv([{ tag: 0x6f, children: [{ tag: 0x84, value: fromHex(aid) }, { tag: 0xa5, children: [{ tag: 0x50, value: Uint8Array.from(Buffer.from('APP', 'ascii')) }, { tag: 0x9f38, value: fromHex(pdol) }] }] }]))}9000`;
}

export const SELECT_PPSE = toHex(selectCommand(PPSE_NAME));
export const select = (name: string): string => toHex(selectCommand(fromHex(name)));

export function parameters(status: OutcomeParameterSet['status'], over: Partial<OutcomeParameterSet> = {}): OutcomeParameterSet {
  return { ...OUTCOME_DEFAULTS, status, cvm: 'no-cvm', ...over };
}

export function kernelOutcome(kernel: KernelId, status: OutcomeParameterSet['status'], over: Partial<OutcomeParameterSet> = {}): KernelOutcome {
  return { kernel, outcome: parameters(status, over), dataRecord: undefined, discretionaryData: undefined, cryptogram: undefined, maskedPan: undefined };
}

/** Answers each activation with the next scripted outcome (the last one repeats). */
export function fakeKernel(id: KernelId, outcomes: readonly KernelOutcome[]): ContactlessKernel & { readonly activations: KernelActivation[] } {
  const activations: KernelActivation[] = [];
  return {
    id,
    activations,
    run(activation) {
      activations.push(activation);
      return Promise.resolve(outcomes[Math.min(activations.length - 1, outcomes.length - 1)]!);
    },
  };
}

export function environment(combinations: readonly ContactlessCombination[], kernels: readonly ContactlessKernel[], over: Partial<EntryPointEnvironment> = {}): EntryPointEnvironment {
  return {
    terminal,
    combinations,
    kernelFor: (id) => kernels.find((k) => k.id === id),
    caKeys: createCaKeyStore([]),
    revoked: [],
    now: () => new Date('2026-11-23T10:00:00Z'),
    elapsedMs: () => 0,
    random: (n) => new Uint8Array(n).fill(0x5a),
    ...over,
  };
}
