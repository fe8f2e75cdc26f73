// Transaction upload (transactions.proto): each journal record is stored once by its
// transaction id. A record delivered again (its acknowledgement was lost, the terminal
// reconnected) is answered DUPLICATE and changes nothing, which is what makes the outbox's
// at-least-once delivery count exactly once here.
import { posrt } from '../protos/index.js';
import type { BackendRepository } from './repository.js';

const v1 = posrt.channel.v1;
const TRANSACTION_ID = /^[0-9A-Za-z-]{1,64}$/;

export async function storeUpload(repo: BackendRepository, serial: string, upload: posrt.channel.v1.TransactionUpload, now: number): Promise<posrt.channel.v1.TransactionUploadResult.$Properties> {
  const results: posrt.channel.v1.RecordResult.$Properties[] = [];
  for (const r of upload.records) {
    const transactionId = r.transactionId ?? '';
    if (!TRANSACTION_ID.test(transactionId)) {
      results.push({ transactionId: transactionId.slice(0, 64), status: v1.UploadStatus.UPLOAD_STATUS_REJECTED, errorCode: 'E-BACKEND-0012' });
      continue;
    }
    const stored = await repo.storeTransaction({
      transactionId,
      serial,
      batchNumber: r.batchNumber ?? 0,
      status: v1.TransactionStatus[r.status ?? 0] ?? 'TRANSACTION_STATUS_UNSPECIFIED',
      amountMinor: BigInt(String(r.amount?.minorUnits ?? 0)),
      currency: r.amount?.currency ?? '',
      scheme: r.scheme ?? '',
      maskedPan: r.maskedPan ?? '',
      // Empty on the wire is "none approved" (proto3 has no absent string), kept as NULL.
      approverId: r.approverId || null,
      record: v1.JournalRecord.encode(r).finish(),
      receivedAt: now,
    });
    results.push({ transactionId, status: stored === 'stored' ? v1.UploadStatus.UPLOAD_STATUS_STORED : v1.UploadStatus.UPLOAD_STATUS_DUPLICATE, errorCode: '' });
  }
  return { results };
}
