// The issuer scripts the simulator sends (EMV Book 3 §10.10), chosen by the configured rules:
// every rule whose condition the transaction meets adds its script, in configuration order.
// Each command is one of Book 3 §6.5's issuer script commands, secured by security's
// secure-messaging module (Book 2 §9.2: MAC under the card's SMI session key over the header,
// ATC, ARQC and data), so only the card of this transaction accepts it; a new PIN travels
// enciphered under the card's SMC session key (§9.3).
import { fromHex } from '../bytes/hex.js';
import { encipherScriptData, pinBlockFormat2, securedScriptCommand, type ScriptMacContext } from '../security/index.js';
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
  /** §6.5.10 with P2 01: a new offline PIN (TEST cards only), its ISO 9564 format 2 block
   *  enciphered under the card's SMC session key (Book 2 §9.3); the try counter resets too. */
  | { readonly kind: 'pin-change'; readonly pin: string }
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
const HEADERS: Readonly<Record<Exclude<ScriptCommand['kind'], 'put-data' | 'pin-change'>, Uint8Array>> = {
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

const PIN_CHANGE = fromHex('84240001');

/** The card's script session keys for this transaction. */
export interface ScriptKeys {
  readonly mac: ScriptMacContext;
  readonly smcSessionKey: Uint8Array;
}

function secured(command: ScriptCommand, keys: ScriptKeys): Uint8Array {
  switch (command.kind) {
    case 'put-data':
      return securedScriptCommand(keys.mac, Uint8Array.of(0x04, 0xda, command.tag >> 8, command.tag & 0xff), command.value);
    case 'pin-change':
      return securedScriptCommand(keys.mac, PIN_CHANGE, encipherScriptData(keys.smcSessionKey, pinBlockFormat2(command.pin)));
    default:
      return securedScriptCommand(keys.mac, HEADERS[command.kind], new Uint8Array(0));
  }
}

/** The scripts for this transaction; `keys` is called only when a rule applies. */
export function issuerScriptsFor(rules: readonly ScriptRule[], transaction: { readonly pan: string; readonly amount: bigint }, keys: () => ScriptKeys): posrt.channel.v1.IssuerScript.$Properties[] {
  const applying = rules.filter((r) => meets(r.when, transaction.pan, transaction.amount));
  if (applying.length === 0) return [];
  const derived = keys();
  return applying.map((r) => ({ timing: TIMING[r.timing], scriptId: r.id, commands: r.commands.map((c) => secured(c, derived)) }));
}
