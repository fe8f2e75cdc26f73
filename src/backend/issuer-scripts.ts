// The issuer scripts the simulator sends (EMV Book 3 §10.10), chosen by the configured rules:
// every rule whose condition the transaction meets adds its script, in configuration order.
// Each command is one of Book 3 §6.5's issuer script commands, secured by security's
// secure-messaging module (Book 2 §9.2: MAC under the card's SMI session key over the header,
// ATC, ARQC and data), so only the card of this transaction accepts it.
import { fromHex } from '../bytes/hex.js';
import { securedScriptCommand, type ScriptMacContext } from '../security/index.js';
import { posrt } from '../protos/index.js';

const v1 = posrt.channel.v1;

export type ScriptCommand =
  /** Book 3 §6.5.1: the application answers AAC from then on. */
  | { readonly kind: 'application-block' }
  /** §6.5.2. */
  | { readonly kind: 'application-unblock' }
  /** §6.5.3: every application of the card. */
  | { readonly kind: 'card-block' }
  /** §6.5.10 PIN CHANGE/UNBLOCK with P2 00: resets the PIN try counter, PIN unchanged. */
  | { readonly kind: 'pin-unblock' }
  /** ISO/IEC 7816-4 PUT DATA: a data object's new value, e.g. 9F14 Lower Consecutive Offline Limit. */
  | { readonly kind: 'put-data'; readonly tag: number; readonly value: Uint8Array };

export type ScriptCondition = { readonly kind: 'pan-prefix'; readonly prefix: string } | { readonly kind: 'amount-over'; readonly amount: bigint };

export interface ScriptRule {
  readonly when: ScriptCondition;
  /** Template 71 (before the final GENERATE AC) or 72 (after it). */
  readonly timing: 'before-final-ac' | 'after-final-ac';
  /** Script Identifier (9F18), 4 bytes. */
  readonly id: Uint8Array;
  readonly commands: readonly ScriptCommand[];
}

/** CLA '84' (proprietary class with secure messaging) for Book 3's commands; PUT DATA is CLA
 *  '04' (ISO class, secure messaging) with the tag in P1-P2. */
const HEADERS: Readonly<Record<Exclude<ScriptCommand['kind'], 'put-data'>, Uint8Array>> = {
  'application-block': fromHex('841E0000'),
  'application-unblock': fromHex('84180000'),
  'card-block': fromHex('84160000'),
  'pin-unblock': fromHex('84240000'),
};

const TIMING = {
  'before-final-ac': v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC,
  'after-final-ac': v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC,
} as const;

function meets(condition: ScriptCondition, pan: string, amount: bigint): boolean {
  switch (condition.kind) {
    case 'pan-prefix':
      return pan.startsWith(condition.prefix);
    case 'amount-over':
      return amount > condition.amount;
  }
}

function secured(command: ScriptCommand, mac: ScriptMacContext): Uint8Array {
  if (command.kind === 'put-data') return securedScriptCommand(mac, Uint8Array.of(0x04, 0xda, command.tag >> 8, command.tag & 0xff), command.value);
  return securedScriptCommand(mac, HEADERS[command.kind], new Uint8Array(0));
}

/** The scripts for this transaction; `mac` is called only when a rule applies. */
export function issuerScriptsFor(rules: readonly ScriptRule[], transaction: { readonly pan: string; readonly amount: bigint }, mac: () => ScriptMacContext): posrt.channel.v1.IssuerScript.$Properties[] {
  const applying = rules.filter((r) => meets(r.when, transaction.pan, transaction.amount));
  if (applying.length === 0) return [];
  const context = mac();
  return applying.map((r) => ({ timing: TIMING[r.timing], scriptId: r.id, commands: r.commands.map((c) => secured(c, context)) }));
}
