// What the backend keeps of batch settlement (settlement.proto), composed into
// BackendRepository as `repo.settlements`: each SettlementRequest once per terminal and
// settlement id, with the ReconciliationResult the backend answered, so a request delivered
// again gets the same answer however the uploads changed since.
import type { StoredTransaction } from './repository.js';

export interface StoredSettlement {
  readonly settlementId: string;
  readonly serial: string;
  readonly batchNumber: number;
  /** True when the terminal's totals equal the backend's (ReconciliationStatus BALANCED). */
  readonly balanced: boolean;
  /** The encoded SettlementRequest as received. */
  readonly request: Uint8Array;
  /** The encoded ReconciliationResult as answered. */
  readonly result: Uint8Array;
  readonly receivedAt: number;
}

export interface SettlementStore {
  /** The journal records a terminal uploaded for one batch, in the order they arrived. */
  batchTransactions(serial: string, batchNumber: number): Promise<StoredTransaction[]>;
  /** 'duplicate' when the terminal's settlement id is kept already: nothing changes. */
  storeSettlement(settlement: StoredSettlement): Promise<'stored' | 'duplicate'>;
  settlement(serial: string, settlementId: string): Promise<StoredSettlement | undefined>;
  /** A terminal's newest `limit` settlements by the time they arrived. */
  recentSettlements(serial: string, limit: number): Promise<StoredSettlement[]>;
}
