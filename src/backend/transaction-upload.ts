// Transaction upload (transactions.proto): each journal record is stored once by its
// transaction id. A record delivered again (its acknowledgement was lost, the terminal
// reconnected) is answered DUPLICATE and changes nothing, which is what makes the outbox's
// at-least-once delivery count exactly once here.
import { posrt } from '../protos/index.js';
import type { BackendRepository } from './repository.js';

const v1 = posrt.channel.v1;
const TRANSACTION_ID = /^[0-9A-Za-z-]{1,64}$/;

export function storeUpload(repo: BackendRepository, serial: string, upload: posrt.channel.v1.TransactionUpload, now: number): posrt.channel.v1.TransactionUploadResult.$Properties {
  return {
    results: upload.records.map((r) => {
      const transactionId = r.transactionId ?? '';
      if (!TRANSACTION_ID.test(transactionId)) return { transactionId: transactionId.slice(0, 64), status: v1.UploadStatus.UPLOAD_STATUS_REJECTED, errorCode: 'E-BACKEND-0012' };
      const stored = repo.storeTransaction({
        transactionId,
        serial,
        batchNumber: r.batchNumber ?? 0,
        status: v1.TransactionStatus[r.status ?? 0] ?? 'TRANSACTION_STATUS_UNSPECIFIED',
        amountMinor: BigInt(String(r.amount?.minorUnits ?? 0)),
        currency: r.amount?.currency ?? '',
        scheme: r.scheme ?? '',
        maskedPan: r.maskedPan ?? '',
        record: v1.JournalRecord.encode(r).finish(),
        receivedAt: now,
      });
      return { transactionId, status: stored === 'stored' ? v1.UploadStatus.UPLOAD_STATUS_STORED : v1.UploadStatus.UPLOAD_STATUS_DUPLICATE, errorCode: '' };
    }),
  };
}
