// What one Kernel 2 transaction carries from state to state (EMV Contactless Book C-2 §5-§6):
// the activation, the parsed configuration, the data store (the contact kernel's, shared), the
// TVR, and what the steps so far decided.
import { TransactionData } from '../../contact/transaction-data.js';
import { newTvr, type Aip, type Tvr } from '../../dictionary/index.js';
import type { OdaRecords } from '../../records/index.js';
import type { KernelActivation, OutcomeParameterSet } from '../kernel-contract.js';
import type { C2Config } from './config.js';

export interface C2Session {
  readonly activation: KernelActivation;
  readonly config: C2Config;
  readonly data: TransactionData;
  readonly tvr: Tvr;
  aip: Aip | undefined;
  /** GPO command data without 83 and its length: CDA's transaction data hash starts with it. */
  pdolData: Uint8Array;
  /** S3R1.17-20: 'cda' when card and terminal both support it. */
  odaStatus: 'cda' | 'none';
  odaRecords: OdaRecords | undefined;
  cvm: OutcomeParameterSet['cvm'];
  /** S456.30 (amount over the CVM Required Limit) or CVM.18 (signature). */
  receipt: boolean;
}

export function newC2Session(activation: KernelActivation, config: C2Config): C2Session {
  return {
    activation,
    config,
    data: new TransactionData(),
    tvr: newTvr(),
    aip: undefined,
    pdolData: new Uint8Array(0),
    odaStatus: 'none',
    odaRecords: undefined,
    cvm: 'n/a',
    receipt: false,
  };
}
