// What the backend keeps, behind one interface so the storage can change (SQLite embedded by
// default; a PostgreSQL one for fleets implements the same) without the session code knowing.
// Every write resolves only once it is durable: the session acknowledges after it. Every method
// returns a promise because a networked store (PostgreSQL) answers later; SQLite answers at
// once. The listing reads (fleet, alerts, transactions, batch totals) are the operations-centre
// page's.
import type { AuditStore } from './audit-store.js';
import type { AuthorisationStore } from './authorisation-store.js';
import type { CommandStore } from './command-store.js';
import type { ParameterRepository } from './parameter-store.js';
import type { QrPaymentStore } from './qr-payment-store.js';
import type { SettlementStore } from './settlement-store.js';

export interface EnrolledTerminal {
  readonly serial: string;
  readonly model: string;
  readonly firmwareVersion: string;
  readonly capabilities: readonly string[];
  /** The device's Ed25519 public key: every session proof is verified with it. */
  readonly publicKey: Uint8Array;
  /** EMV 9F1C, 8 characters. */
  readonly terminalId: string;
  /** EMV 9F16, 15 characters. */
  readonly merchantId: string;
  readonly enrolledAt: number;
}

export type NewTerminal = Omit<EnrolledTerminal, 'terminalId' | 'enrolledAt'>;

export type EnrolOutcome =
  | { readonly outcome: 'enrolled'; readonly terminal: EnrolledTerminal }
  | { readonly outcome: 'token-unknown' }
  | { readonly outcome: 'token-used' };

export interface DeviceHealth {
  readonly deviceId: string;
  readonly kind: string;
  readonly state: string;
  readonly errorCode: string;
}

/** What the last heartbeat said, as the fleet view shows it. */
export interface TerminalStatus {
  readonly serial: string;
  readonly lastSeenAt: number;
  readonly uptimeS: number;
  readonly paper: string;
  readonly devices: readonly DeviceHealth[];
  readonly approvals: number;
  readonly declines: number;
  readonly errors: number;
  readonly outboxDepth: number;
  readonly heartbeats: number;
}

export type HeartbeatReport = Omit<TerminalStatus, 'serial' | 'lastSeenAt' | 'heartbeats'>;

export type AlertKind =
  | 'terminal-offline'
  | 'printer-paper-out'
  | 'reader-failing'
  /** An operator not bound to the terminal tried to log in on it (OperatorEvent NOT_BOUND). */
  | 'operator-not-bound'
  /** Declines and errors over approvals in the configured window rose above the threshold. */
  | 'error-rate-rising'
  /** The registry put the terminal under another merchant; open until it uses that merchant's data. */
  | 'terminal-moved'
  /** An audit entry did not continue the chain kept (audit-upload.ts); open until someone looks. */
  | 'audit-chain-broken'
  /** The terminal's audit log started anew (a new chain, its file lost): the entries written after
   *  its last upload are gone; open until someone looks. */
  | 'audit-log-reset';

/** A journal record as stored: masked card data only, money in minor units. */
export interface StoredTransaction {
  readonly transactionId: string;
  readonly serial: string;
  readonly batchNumber: number;
  readonly status: string;
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly scheme: string;
  readonly maskedPan: string;
  /** The supervisor who approved a refund or void on the spot; null when none did (the record's
   *  approver_id empty, or a record uploaded before the field existed). */
  readonly approverId: string | null;
  /** The encoded JournalRecord as received, for settlement and the operations centre. */
  readonly record: Uint8Array;
  readonly receivedAt: number;
}

/** An alert as the operations centre lists it; `clearedAt` null while it is open. */
export interface Alert {
  readonly serial: string;
  readonly kind: AlertKind;
  readonly raisedAt: number;
  readonly clearedAt: number | null;
}

/** One enrolled terminal for the fleet list: its last heartbeat (none before the first) and
 *  the kinds of its open alerts. */
export interface FleetEntry {
  readonly terminal: EnrolledTerminal;
  readonly status: TerminalStatus | undefined;
  readonly openAlerts: readonly AlertKind[];
}

/** Uploaded transactions of one batch summed per currency and status: what the terminal's
 *  journal says, not a settlement (the backend does not keep declared totals yet). */
export interface BatchTotal {
  readonly batchNumber: number;
  readonly currency: string;
  readonly status: string;
  readonly count: number;
  readonly amountMinor: bigint;
}

/** Terminal messages the backend keeps by their own id (reversal_id, event_id, report_id);
 *  command results are kept by the command store (repo.commands). */
export type ReceivedKind = 'reversal' | 'operator-event' | 'mismatch-report';

export interface ReceivedMessage {
  readonly id: string;
  readonly body: Uint8Array;
  readonly receivedAt: number;
}

export interface BackendRepository {
  /** The remote command queue, its results, and firmware images and offers. */
  readonly commands: CommandStore;
  /** The parameter and key sets with their versions, and the registry's merchant of a terminal. */
  readonly parameters: ParameterRepository;
  /** Settlements with the reconciliation answered. */
  readonly settlements: SettlementStore;
  /** The authorisations answered (masked PAN only) and the reversals matched against them. */
  readonly authorisations: AuthorisationStore;
  /** The terminals' audit entries, once per seq, with the chain's verdict on each. */
  readonly audit: AuditStore;
  /** Scan-to-pay: consumer-presented codes decided and merchant-presented orders, once by id. */
  readonly qrPayments: QrPaymentStore;
  /** Registers a one-time provisioning token (kept as its SHA-256 only). Registering one that
   *  exists, used or not, changes nothing. */
  addProvisioningToken(token: string, now: number): Promise<void>;
  /** Uses the token and registers the terminal in one transaction: a token is used once, even
   *  by two enrolments racing. A serial enrolled before gets the new key (re-provisioning). */
  enrol(token: string, terminal: NewTerminal, now: number): Promise<EnrolOutcome>;
  terminal(serial: string): Promise<EnrolledTerminal | undefined>;
  /** The version the terminal said it runs when it opened a session: what the fleet's versions
   *  and a rollout's progress are counted from (enrolment's version goes stale at the first
   *  update). */
  recordFirmwareVersion(serial: string, version: string): Promise<void>;
  recordHeartbeat(serial: string, report: HeartbeatReport, now: number): Promise<void>;
  statuses(): Promise<TerminalStatus[]>;
  /** 'duplicate' when the transaction id is stored already: nothing changes. */
  storeTransaction(transaction: StoredTransaction): Promise<'stored' | 'duplicate'>;
  /** Keeps an encoded message once per kind and id; 'duplicate' changes nothing. */
  storeReceived(kind: ReceivedKind, id: string, serial: string, body: Uint8Array, now: number): Promise<'stored' | 'duplicate'>;
  /** True when the alert was not open before. */
  raiseAlert(serial: string, kind: AlertKind, now: number): Promise<boolean>;
  /** True when an open alert was cleared. */
  clearAlert(serial: string, kind: AlertKind, now: number): Promise<boolean>;
  /** Every enrolled terminal by serial, for the operations centre's fleet list. */
  fleet(): Promise<FleetEntry[]>;
  /** The newest `limit` alerts (all terminals, or one), open ones first. */
  alerts(limit: number, serial?: string): Promise<Alert[]>;
  /** A terminal's newest `limit` transactions by the time they arrived. */
  recentTransactions(serial: string, limit: number): Promise<StoredTransaction[]>;
  /** A terminal's newest `limit` messages of one kind kept by id, as received (encoded). */
  recentReceived(kind: ReceivedKind, serial: string, limit: number): Promise<ReceivedMessage[]>;
  /** A terminal's uploaded transactions summed per batch (newest batch first), currency and status. */
  batchTotals(serial: string): Promise<BatchTotal[]>;
  /** The backend's Ed25519 seed, made with `make` the first time and kept from then on. */
  signingSeed(make: () => Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}
