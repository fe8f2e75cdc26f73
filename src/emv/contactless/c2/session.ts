// What one Kernel 2 transaction carries from state to state (EMV Contactless Book C-2 §5-§6):
// the activation, the parsed configuration, the data store (the contact kernel's, shared), the
// TVR, and what the steps so far decided.
import { TransactionData } from '../../contact/transaction-data.js';
import type { Aip } from '../../dictionary/index.js';
import type { OdaRecords } from '../../records/index.js';
import type { KernelActivation, OutcomeParameterSet } from '../kernel-contract.js';
import type { C2Config } from './config.js';
import { newC2Tvr, type C2Tvr } from './tvr.js';

export interface C2Session {
  readonly activation: KernelActivation;
  readonly config: C2Config;
  readonly data: TransactionData;
  readonly tvr: C2Tvr;
  aip: Aip | undefined;
  /** GPO command data without 83 and its length: CDA's transaction data hash starts with it. */
  pdolData: Uint8Array;
  /** S3R1.17-20: 'cda' when card and terminal both support it. */
  odaStatus: 'cda' | 'none';
  odaRecords: OdaRecords | undefined;
  cvm: OutcomeParameterSet['cvm'];
  /** S456.30 (amount over the CVM Required Limit) or CVM.18 (signature). */
  receipt: boolean;
  /** S3.15-17: which path the card and the configuration chose at GPO. */
  mode: 'undecided' | 'emv' | 'mag-stripe';
  /** R1: what the relay resistance protocol exchanged, when it was performed; CDA checks that
   *  the card signed the same (S910.4). */
  relayResistance: RelayResistanceData | undefined;
}

/** Book C-2 §5.3: the data of the last EXCHANGE RELAY RESISTANCE DATA, as the card signs it in
 *  its CDA ICC Dynamic Data (Terminal Relay Resistance Entropy || Device Relay Resistance
 *  Entropy || Min Time || Max Time || Device Estimated Transmission Time), and the time measured. */
export interface RelayResistanceData {
  /** DF8301 || DF8302 || DF8303 || DF8304 || DF8305, 14 bytes. */
  readonly signed: Uint8Array;
  /** DF8306 Measured Relay Resistance Processing Time, 100 µs units. */
  readonly measured: number;
  /** DF8307 RRP Counter. */
  readonly counter: number;
}

export function newC2Session(activation: KernelActivation, config: C2Config): C2Session {
  return {
    activation,
    config,
    data: new TransactionData(),
    tvr: newC2Tvr(),
    aip: undefined,
    pdolData: new Uint8Array(0),
    odaStatus: 'none',
    odaRecords: undefined,
    cvm: 'n/a',
    receipt: false,
    mode: 'undecided',
    relayResistance: undefined,
  };
}
