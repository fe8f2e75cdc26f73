// The repository's tables as rows, and rows into the repository's types: one mapping for both
// stores. They differ only in how a column's integer arrives — SQLite as a number (or text for
// an amount, so no bigint is rounded), PostgreSQL as a bigint from its int8 parser — so the row
// types take that as a parameter and every integer goes through Number() or BigInt() here.
import { createHash } from 'node:crypto';
import type { AuditChainVerdict, StoredAuditEntry } from './audit-store.js';
import type { EnrolledTerminal, StoredTransaction, TerminalStatus } from './repository.js';

/** A column holding an integer as this store's driver hands it over. */
type Int = number | bigint;

export interface TerminalRow<I extends Int = Int> {
  serial: string;
  model: string;
  firmware_version: string;
  capabilities: string;
  public_key: Buffer;
  terminal_id: string;
  merchant_id: string;
  enrolled_at: I;
}

export interface StatusRow<I extends Int = Int> {
  serial: string;
  last_seen_at: I;
  uptime_s: I;
  paper: string;
  devices: string;
  approvals: I;
  declines: I;
  errors: I;
  outbox_depth: I;
  heartbeats: I;
}

export interface TransactionRow<I extends Int = Int> {
  transaction_id: string;
  serial: string;
  batch_number: I;
  status: string;
  /** Decimal text in SQLite, a bigint in PostgreSQL. */
  amount_minor: string | bigint;
  currency: string;
  scheme: string;
  masked_pan: string;
  record: Buffer;
  received_at: I;
  /** Added after the table (addedColumns): NULL in rows stored before it and when none approved. */
  approver_id: string | null;
}

/** Provisioning tokens are kept as their SHA-256 only. */
export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function toTerminal(r: TerminalRow): EnrolledTerminal {
  return {
    serial: r.serial,
    model: r.model,
    firmwareVersion: r.firmware_version,
    capabilities: JSON.parse(r.capabilities) as string[],
    publicKey: new Uint8Array(r.public_key),
    terminalId: r.terminal_id,
    merchantId: r.merchant_id,
    enrolledAt: Number(r.enrolled_at),
  };
}

export function toStatus(r: StatusRow): TerminalStatus {
  return {
    serial: r.serial,
    lastSeenAt: Number(r.last_seen_at),
    uptimeS: Number(r.uptime_s),
    paper: r.paper,
    devices: JSON.parse(r.devices) as TerminalStatus['devices'],
    approvals: Number(r.approvals),
    declines: Number(r.declines),
    errors: Number(r.errors),
    outboxDepth: Number(r.outbox_depth),
    heartbeats: Number(r.heartbeats),
  };
}

export function toTransaction(r: TransactionRow): StoredTransaction {
  return {
    transactionId: r.transaction_id,
    serial: r.serial,
    batchNumber: Number(r.batch_number),
    status: r.status,
    amountMinor: BigInt(r.amount_minor),
    currency: r.currency,
    scheme: r.scheme,
    maskedPan: r.masked_pan,
    approverId: r.approver_id,
    record: new Uint8Array(r.record),
    receivedAt: Number(r.received_at),
  };
}

export interface AuditRow<I extends Int = Int> {
  serial: string;
  seq: I;
  at: I;
  kind: string;
  operator_id: string;
  approver_id: string;
  details: string;
  prev_hash: Buffer;
  hash: Buffer;
  verdict: string;
  received_at: I;
}

export function toAuditEntry(r: AuditRow): StoredAuditEntry {
  return {
    serial: r.serial,
    seq: Number(r.seq),
    at: Number(r.at),
    kind: r.kind,
    operatorId: r.operator_id,
    approverId: r.approver_id,
    details: r.details,
    prevHash: new Uint8Array(r.prev_hash),
    hash: new Uint8Array(r.hash),
    verdict: r.verdict as AuditChainVerdict,
    receivedAt: Number(r.received_at),
  };
}
