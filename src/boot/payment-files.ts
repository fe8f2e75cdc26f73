// The payment application's files in the state directory, opened the way the terminal needs
// them: the journal under its device key (made when no journal exists yet), uploads into the
// channel's outbox, backed up after each batch close and every 15 minutes of activity
// (journal-backup.ts); the operator store and the audit log, its head sealed with the device key
// (audit-seal.ts says it is the intended one) and each entry into the outbox; the operator
// session, with the development operators (README: 0001/111111 administrator, 0002/222222
// supervisor, 0003/333333 cashier) when this terminal never had an operator table.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Outbox } from '../channel/outbox.js';
import { DEVICE_KEY_FILE } from '../channel/identity-store.js';
import type { PosError } from '../errors/index.js';
import type { Logger } from '../kernel/index.js';
import { AuditLog } from '../payment/audit-log.js';
import { ed25519AuditSeal } from '../payment/audit-seal.js';
import { useDemoOperatorsIfNone } from '../payment/demo-operators.js';
import { Journal, journalPaths, loadJournalKey, scheduleJournalBackups, type JournalBackupSchedule } from '../payment/journal/index.js';
import { DEFAULT_SIGN_IN_POLICY } from '../payment/operator-credentials.js';
import { OperatorSession } from '../payment/operator-session.js';
import { OperatorStore } from '../payment/operator-store.js';
import { readKeyFile } from '../security/index.js';
import { outboxAuditEntries } from './audit-channel.js';
import { outboxJournalMessages } from './journal-channel.js';
import { outboxOperatorEvents } from './operator-channel.js';

export interface PaymentFiles {
  readonly journal: Journal;
  readonly operators: OperatorStore;
  readonly audit: AuditLog;
  readonly session: OperatorSession;
  /** True when the development operators were taken at this start. */
  readonly demoOperators: boolean;
  close(): void;
}

/** The device key file holds a 64-byte tweetnacl secret key. */
const DEVICE_SECRET_KEY_LENGTH = 64;

/** `kick`: the session client's, so what lands in the outbox leaves now, not at the next
 *  heartbeat. `backupDir`: the runtime config's journalBackupDir. */
export async function openPaymentFiles(stateDir: string, terminalId: string, outbox: Outbox, kick: () => void, log: Logger, backupDir?: string): Promise<PaymentFiles> {
  const fault = (what: string) => (e: PosError) => log.warn({ code: e.code }, `${what} kept for later`);
  const paths = journalPaths(stateDir, backupDir);
  const key = loadJournalKey(paths.key, { provision: !existsSync(paths.journal) });
  const uploads = outboxJournalMessages(outbox);
  let backups: JournalBackupSchedule | undefined;
  const journal = Journal.open(paths.journal, key, { enqueue: (m) => (uploads.enqueue(m), kick()) }, { onHandoffFault: fault('journal message'), onBatchClosed: () => backups?.afterBatchClose() });
  backups = scheduleJournalBackups(journal, paths.backups, key, (e) => log.warn({ code: e.code }, 'journal backup not taken; the previous ones are kept'));
  const deviceKey = readKeyFile(join(stateDir, DEVICE_KEY_FILE), DEVICE_SECRET_KEY_LENGTH, 0o077, { unsafe: 'E-CHAN-0002', missing: 'E-CHAN-0003', io: 'E-CHAN-0003' });
  const operatorEvents = outboxOperatorEvents(outbox);
  const operators = OperatorStore.open(join(stateDir, 'operators.db'));
  const auditUploads = outboxAuditEntries(outbox);
  const audit = AuditLog.open(join(stateDir, 'audit.db'), {
    seal: ed25519AuditSeal(deviceKey),
    upload: { uploadAuditEntry: (e, chain) => (auditUploads.uploadAuditEntry(e, chain), kick()) },
    onUploadFault: fault('audit entry'),
  });
  const session = new OperatorSession({
    store: operators,
    audit,
    events: { operatorEvent: (e) => (operatorEvents.operatorEvent(e), kick()) },
    terminalId,
    policy: DEFAULT_SIGN_IN_POLICY,
    now: Date.now,
    newEventId: randomUUID,
    onEventFault: fault('operator event'),
  });
  const demoOperators = await useDemoOperatorsIfNone(session, operators, terminalId);
  return {
    journal,
    operators,
    audit,
    session,
    demoOperators,
    close() {
      backups.stop();
      journal.close();
      audit.close();
      operators.close();
    },
  };
}
