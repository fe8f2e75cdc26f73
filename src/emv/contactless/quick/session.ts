// What one quick-kernel transaction (EMV Contactless Book C-3 qVSDC, Book C-7 qPBOC) carries
// from state to state: the activation, the data store shared with the contact kernel, the
// TVR, the reader's TTQ and what the card answered.
import { BitSet, newTvr, ttqBits, type CtqBit, type Tvr, type TtqBit } from '../../dictionary/index.js';
import { TransactionData } from '../../contact/transaction-data.js';
import type { ErrorCode } from '../../../errors/index.js';
import type { CryptogramKind } from '../../contact/outcome.js';
import type { KernelActivation, KernelId } from '../kernel-contract.js';

/** What differs between the kernels that share the quick flow. */
export interface QuickFlavour {
  readonly kernel: Extract<KernelId, 3 | 7>;
  readonly errors: {
    /** The GPO answer lacks the quick data (cryptogram, ATC, IAD, CID) or is not format 2. */
    readonly missingData: ErrorCode;
    /** GPO answered a status word the kernel has no outcome for. */
    readonly refused: ErrorCode;
    /** A data object has the wrong length or format. */
    readonly badObject: ErrorCode;
    /** The card left the field: the outcome is Try Again. */
    readonly removed: ErrorCode;
  };
  /** Where the card reports what it may still spend offline, first found wins. */
  readonly balanceTags: readonly number[];
  /** TTQ byte 1 b1 means "ODA for online authorisations supported" (Book C-3 only). */
  readonly odaForOnline: boolean;
  /** Book C-7: ask the card for its electronic cash balance (GET DATA 9F79) when it did not say. */
  readonly readsElectronicCashBalance: boolean;
  /** The Data Record's tags (the online or clearing message's ICC data), in order. */
  readonly dataRecordTags: readonly number[];
}

export type Ttq = BitSet<TtqBit>;
export type Ctq = BitSet<CtqBit>;

export interface QuickSession {
  readonly activation: KernelActivation;
  readonly flavour: QuickFlavour;
  readonly data: TransactionData;
  readonly tvr: Tvr;
  readonly ttq: Ttq;
  /** 9F6C from the GPO answer; undefined when the card sent none. */
  ctq: Ctq | undefined;
  /** From 9F27 of the GPO answer. */
  cryptogram: CryptogramKind | undefined;
}

export function newQuickSession(activation: KernelActivation, flavour: QuickFlavour): QuickSession {
  const ttq = activation.indicators.ttq ?? activation.terminalData.get(0x9f66) ?? new Uint8Array(4);
  return { activation, flavour, data: new TransactionData(), tvr: newTvr(), ttq: new BitSet(ttqBits, 4, ttq), ctq: undefined, cryptogram: undefined };
}
