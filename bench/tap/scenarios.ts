// The taps bench/tap runs: for each kernel an offline approval (TC) and an online request
// (ARQC) on one virtual contactless card, through Entry Point with the terminal's own
// configuration as it is (config/terminal.json, config/contactless.json). 10.00 is under
// every limit and under the cards' own offline limits; 150.00 is over the Reader Contactless
// Floor Limit (100.00) and under the CVM required limit (1000.00), so the reader asks for an
// online cryptogram (TTQ byte 2 b8 for kernels 3 and 7, the TVR floor limit bit against TAC
// online for kernel 2) and the card answers ARQC with no CVM. Kernel 2 also runs the relay
// resistance protocol (a card that supports it, the configuration enabling it) and mag-stripe
// mode, which always goes online with the CVC3 in the tracks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTerminalConfig } from '../../src/emv/contact/config.js';
import { parseContactlessConfig, type ContactlessCombination } from '../../src/emv/contactless/config.js';
import type { KernelId, OutcomeParameterSet } from '../../src/emv/contactless/kernel-contract.js';

const CONFIG = join(import.meta.dirname, '../../config');
const json = (file: string): unknown => JSON.parse(readFileSync(join(CONFIG, file), 'utf8'));

export const terminal = parseTerminalConfig(json('terminal.json'));

export const combinations: readonly ContactlessCombination[] = parseContactlessConfig(json('contactless.json'));

export interface Tap {
  readonly name: string;
  readonly kernel: KernelId;
  readonly profile: string;
  readonly amount: bigint;
  readonly status: OutcomeParameterSet['status'];
  /** 'none': Kernel 2 mag-stripe mode, whose CVC3 travels in the tracks. */
  readonly cryptogram: 'TC' | 'ARQC' | 'none';
}

const OFFLINE = 1000n;
const ONLINE = 15000n;

export const taps: readonly Tap[] = [
  { name: 'C-2 M/Chip, offline', kernel: 2, profile: 'mastercard-c2', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-2 M/Chip, online', kernel: 2, profile: 'mastercard-c2', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
  { name: 'C-2 M/Chip + RRP', kernel: 2, profile: 'mastercard-c2-rrp', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-2 mag-stripe', kernel: 2, profile: 'mastercard-magstripe', amount: OFFLINE, status: 'online-request', cryptogram: 'none' },
  { name: 'C-3 qVSDC, offline', kernel: 3, profile: 'visa-qvsdc', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-3 qVSDC, online', kernel: 3, profile: 'visa-qvsdc', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
  { name: 'C-7 qPBOC, offline', kernel: 7, profile: 'unionpay-ec', amount: OFFLINE, status: 'approved', cryptogram: 'TC' },
  { name: 'C-7 qPBOC, online', kernel: 7, profile: 'unionpay-ec', amount: ONLINE, status: 'online-request', cryptogram: 'ARQC' },
];
