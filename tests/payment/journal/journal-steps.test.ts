// The journal's state machine against a real SQLite file and the channel's real outbox: each
// step, the steps a phase refuses, what each step owes the backend, follow-ups (void, refund,
// completion, cancel) and recovery after the process stopped mid-transaction.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal, loadJournalKey, type OutboxPort, type ReversalMessage, type TransactionUpload } from '../../../src/payment/journal/index.js';
import { errorOf } from '../../support/pos-error.js';
import { arqcSent, contactCard, hostApproval, journalRig, tcFromCard, type Rig } from './rig.js';

let rig: Rig;
afterEach(() => {
  rig.close();
  rig.remove();
});

const sale = (amount = 4_900n) => rig.journal.begin({ type: 'sale', amount, currency: '156', operatorId: 'op-01' });

function approvedSale(amount = 4_900n): string {
  const { id } = sale(amount);
  rig.journal.step(id, contactCard);
  rig.journal.step(id, arqcSent);
  rig.journal.step(id, hostApproval);
  rig.journal.step(id, tcFromCard);
  return id;
}

describe('transaction steps', () => {
  it('walks a contact sale from started to approved, stamping operator, batch and trace', () => {
    rig = journalRig({ now: () => 1_764_000_000_000 });
    const t = sale();
    expect(t).toMatchObject({ phase: { kind: 'started' }, batch: 1, stan: 1, operatorId: 'op-01', amount: 4_900n, currency: '156' });
    expect(rig.journal.step(t.id, contactCard)).toMatchObject({ phase: { kind: 'card-read' }, maskedPan: '476173******0119', lastFour: '0119', scheme: 'visa' });
    expect(rig.journal.step(t.id, arqcSent).phase).toEqual({ kind: 'authorising' });
    expect(rig.journal.step(t.id, hostApproval)).toMatchObject({ phase: { kind: 'host-approved' }, authorisationCode: '123456', hostReference: '512345678901' });
    const done = rig.journal.step(t.id, tcFromCard);
    expect(done).toMatchObject({ phase: { kind: 'approved' }, decision: 'online', completedAt: 1_764_000_000_000 });
    expect(done.emv.cryptogram?.type).toBe('TC');
    // The card data tags handed in (5A, 57) were dropped; the rest kept.
    expect([...done.emv.iccData!.keys()].sort()).toEqual([0x9f1a, 0x9f26, 0x9f36]);
    expect(sale().stan).toBe(2);
  });

  it('queues the upload of an approved sale, and nothing before the decision', () => {
    rig = journalRig();
    const { id } = sale();
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    expect(rig.port.pending()).toEqual([]);
    rig.journal.step(id, hostApproval);
    rig.journal.step(id, tcFromCard);
    const [upload] = rig.port.pending() as TransactionUpload[];
    expect(upload).toMatchObject({ kind: 'transaction-upload', id, status: 'approved', maskedPan: '476173******0119', amount: 4_900n, operatorId: 'op-01' });
    expect(upload!.iccData.map((o) => o.tag)).not.toContain(0x57);
  });

  it('records an offline approval (TC at the first GENERATE AC) and queues its upload', () => {
    rig = journalRig();
    const { id } = sale();
    rig.journal.step(id, contactCard);
    const t = rig.journal.step(id, { to: 'offline-approved', path: 'offline', emv: { cryptogram: { type: 'TC', value: new Uint8Array(8) } } });
    expect(t.phase).toEqual({ kind: 'offline-approved', path: 'offline' });
    expect(rig.port.pending()).toMatchObject([{ kind: 'transaction-upload', id, status: 'approved', decision: 'offline' }]);
  });

  it('refuses an offline approval after the request went out unless it never left (unable to go online)', () => {
    rig = journalRig();
    const { id } = sale();
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    expect(errorOf(() => rig.journal.step(id, { to: 'offline-approved', path: 'offline' })).code).toBe('E-JOURNAL-0007');
    expect(rig.journal.step(id, { to: 'offline-approved', path: 'unable-to-go-online' }).phase).toEqual({ kind: 'offline-approved', path: 'unable-to-go-online' });
  });

  it('wraps the trace number from 999999 to 1 (six digits on the slip)', () => {
    rig = journalRig();
    rig.close();
    const db = new Database(rig.journalPath);
    db.prepare("UPDATE meta SET value = 999999 WHERE key = 'next-stan'").run();
    db.close();
    rig.reopen();
    expect(sale().stan).toBe(999_999);
    expect(sale().stan).toBe(1);
  });

  it('refuses a decision path that contradicts the phase, and a card decline after the host approved', () => {
    rig = journalRig();
    const { id } = sale();
    expect(errorOf(() => rig.journal.step(id, { to: 'failed', errorCode: 'oops' })).context.field).toBe('errorCode');
    rig.journal.step(id, contactCard);
    expect(errorOf(() => rig.journal.step(id, { to: 'declined', path: 'online' })).code).toBe('E-JOURNAL-0007');
    rig.journal.step(id, arqcSent);
    expect(errorOf(() => rig.journal.step(id, { to: 'declined', path: 'offline' })).code).toBe('E-JOURNAL-0007');
    rig.journal.step(id, hostApproval);
    expect(errorOf(() => rig.journal.step(id, { to: 'declined', path: 'online' })).code).toBe('E-JOURNAL-0007');
    const t = rig.journal.step(id, { to: 'reversal-pending', reason: 'card-declined-after-approval', emv: { cryptogram: { type: 'AAC', value: new Uint8Array(8) } } });
    expect(t.phase).toMatchObject({ kind: 'reversal-pending', reason: 'card-declined-after-approval' });
  });

  it('refuses a step its phase does not allow and leaves the entry as it was', () => {
    rig = journalRig();
    const { id } = sale();
    const e = errorOf(() => rig.journal.step(id, tcFromCard));
    expect(e.code).toBe('E-JOURNAL-0007');
    expect(e.context).toMatchObject({ transaction: id, phase: 'started', step: 'approved' });
    expect(rig.journal.get(id).phase).toEqual({ kind: 'started' });
    expect(errorOf(() => rig.journal.step('no-such-id', contactCard)).code).toBe('E-JOURNAL-0008');
  });

  it('refuses a card read that is not a PAN without putting it in the error', () => {
    rig = journalRig();
    const { id } = sale();
    const e = errorOf(() => rig.journal.step(id, { to: 'card-read', card: { entryMode: 'mag-stripe', scheme: 'visa', pan: '4761739001010119=2212' } }));
    expect(e.code).toBe('E-JOURNAL-0009');
    expect(e.message).not.toContain('47617390');
  });

  it('takes the scheme from the host for a QR payment only: the wallet that paid a code it showed', () => {
    rig = journalRig();
    const qr = rig.journal.begin({ type: 'qr-sale', amount: 1_288n, currency: '156', operatorId: 'op-01' });
    rig.journal.step(qr.id, { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-unionpay', presentedBy: 'merchant' } });
    rig.journal.step(qr.id, { to: 'authorising' });
    expect(rig.journal.step(qr.id, { to: 'approved', host: { responseCode: '00', hostReference: 'W1', scheme: 'qr-wechat' } }).scheme).toBe('qr-wechat');
    // A card's scheme is read off the card: a host naming another is refused, the row unchanged.
    const { id } = sale();
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    expect(errorOf(() => rig.journal.step(id, { to: 'host-approved', host: { responseCode: '00', scheme: 'mastercard' } })).context).toMatchObject({ field: 'scheme' });
    expect(rig.journal.get(id)).toMatchObject({ scheme: 'visa', phase: { kind: 'authorising' } });
  });

  it('reverses a sale the host did not answer, once, with the ARQC data but no card data', () => {
    rig = journalRig({ now: () => 1_764_000_000_123 });
    const { id } = sale();
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    const t = rig.journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
    expect(t.phase).toMatchObject({ kind: 'reversal-pending', reason: 'no-answer' });
    const [reversal] = rig.port.pending() as ReversalMessage[];
    expect(reversal).toMatchObject({ kind: 'reversal', originalId: id, reason: 'no-answer', amount: 4_900n, currency: '156', createdAt: 1_764_000_000_123 });
    expect(reversal!.id).toBe(t.phase.kind === 'reversal-pending' ? t.phase.reversalId : '');
    expect(reversal!.iccData.map((o) => o.tag).sort()).toEqual([0x9f1a, 0x9f26, 0x9f36]);
    expect(rig.journal.step(id, { to: 'reversed' }).phase.kind).toBe('reversed');
    expect(rig.port.pending()).toHaveLength(1);
  });

  it('ends a reversal when the backend acknowledged it, once, ignoring other ids', () => {
    rig = journalRig();
    const { id } = sale();
    rig.journal.step(id, contactCard);
    rig.journal.step(id, arqcSent);
    const t = rig.journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
    const reversalId = t.phase.kind === 'reversal-pending' ? t.phase.reversalId : '';
    expect(rig.journal.acknowledged(['some-upload', id])).toEqual([]);
    expect(rig.journal.get(id).phase.kind).toBe('reversal-pending');
    expect(rig.journal.acknowledged([reversalId])).toEqual([id]);
    expect(rig.journal.get(id).phase).toEqual({ kind: 'reversed', reason: 'no-answer', reversalId });
    expect(rig.journal.acknowledged([reversalId])).toEqual([]);
  });

  it('records a decline by the issuer and one by the card, each uploaded', () => {
    rig = journalRig();
    const a = sale().id;
    rig.journal.step(a, contactCard);
    rig.journal.step(a, arqcSent);
    expect(rig.journal.step(a, { to: 'declined', path: 'online', host: { responseCode: '51' } })).toMatchObject({ phase: { kind: 'declined', path: 'online' }, responseCode: '51' });
    const b = sale().id;
    rig.journal.step(b, contactCard);
    expect(rig.journal.step(b, { to: 'declined', path: 'offline' }).phase).toEqual({ kind: 'declined', path: 'offline' });
    expect(rig.port.pending().map((m) => [m.id, (m as TransactionUpload).status])).toEqual([
      [a, 'declined'],
      [b, 'declined'],
    ]);
  });

  it('records a QR scan-to-pay sale without any card data', () => {
    rig = journalRig();
    const { id } = rig.journal.begin({ type: 'qr-sale', amount: 1_000n, currency: '156', operatorId: 'op-02' });
    rig.journal.step(id, { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-wechat', presentedBy: 'consumer' } });
    rig.journal.step(id, { to: 'authorising' });
    const t = rig.journal.step(id, { to: 'approved', host: { responseCode: '00', hostReference: '4200001234202612010000' } });
    expect(t).toMatchObject({ phase: { kind: 'approved' }, qrPresentedBy: 'consumer', maskedPan: undefined, lastFour: undefined, hostReference: '4200001234202612010000' });
  });
});

describe('follow-up transactions', () => {
  it('voids a sale of the open batch: the void approved takes the sale out', () => {
    rig = journalRig();
    const original = approvedSale();
    const v = rig.journal.begin({ type: 'void', amount: 4_900n, currency: '156', operatorId: 'op-01', originalId: original });
    rig.journal.step(v.id, contactCard);
    rig.journal.step(v.id, { to: 'authorising' });
    expect(rig.journal.get(original).phase).toEqual({ kind: 'approved' });
    rig.journal.step(v.id, { to: 'approved', host: { responseCode: '00' } });
    expect(rig.journal.get(original)).toMatchObject({ phase: { kind: 'voided', by: v.id }, decision: 'online' });
    const again = errorOf(() => rig.journal.begin({ type: 'void', amount: 4_900n, currency: '156', operatorId: 'op-01', originalId: original }));
    expect(again).toMatchObject({ code: 'E-JOURNAL-0011', context: { rule: 'original is voided' } });
  });

  it('refuses a void outside the open batch, and of another amount', () => {
    rig = journalRig();
    const original = approvedSale();
    expect(errorOf(() => rig.journal.begin({ type: 'void', amount: 100n, currency: '156', operatorId: 'op-01', originalId: original })).context.rule).toBe('amount is the original amount');
    rig.journal.closeBatch('op-01');
    expect(errorOf(() => rig.journal.begin({ type: 'void', amount: 4_900n, currency: '156', operatorId: 'op-01', originalId: original })).context.rule).toBe('void within the open batch only');
  });

  it('refuses a void made with another card than the original, leaving the void at started', () => {
    rig = journalRig();
    const original = approvedSale();
    const v = rig.journal.begin({ type: 'void', amount: 4_900n, currency: '156', operatorId: 'op-01', originalId: original });
    const e = errorOf(() => rig.journal.step(v.id, { to: 'card-read', card: { entryMode: 'contact', scheme: 'mastercard', pan: '5413330089020011' } }));
    expect(e).toMatchObject({ code: 'E-JOURNAL-0011', context: { transaction: original, rule: 'card is not the original card' } });
    expect(e.message).not.toContain('54133300');
    expect(rig.journal.get(v.id).phase).toEqual({ kind: 'started' });
    expect(rig.journal.step(v.id, contactCard).phase).toEqual({ kind: 'card-read' });
  });

  it('refunds up to what is left of the original, and finds the original by the card alone', () => {
    rig = journalRig();
    const original = approvedSale(10_000n);
    expect(rig.journal.findByPan('4761739001010119').map((t) => t.id)).toEqual([original]);
    expect(rig.journal.findByPan('5413330089020011')).toEqual([]);
    const r1 = rig.journal.begin({ type: 'refund', amount: 6_000n, currency: '156', operatorId: 'op-01', originalId: original });
    rig.journal.step(r1.id, contactCard);
    rig.journal.step(r1.id, { to: 'authorising' });
    rig.journal.step(r1.id, { to: 'approved', host: { responseCode: '00' } });
    expect(errorOf(() => rig.journal.begin({ type: 'refund', amount: 4_001n, currency: '156', operatorId: 'op-01', originalId: original })).context.rule).toBe('refund exceeds what is left');
    expect(rig.journal.begin({ type: 'refund', amount: 4_000n, currency: '156', operatorId: 'op-01', originalId: original }).originalId).toBe(original);
    expect(rig.journal.begin({ type: 'refund', amount: 50n, currency: '156', operatorId: 'op-01' }).originalId).toBeUndefined();
  });

  it('completes a pre-authorisation (captured) and refuses to cancel it afterwards', () => {
    rig = journalRig();
    const pre = rig.journal.begin({ type: 'pre-auth', amount: 50_000n, currency: '156', operatorId: 'op-01' }).id;
    rig.journal.step(pre, contactCard);
    rig.journal.step(pre, arqcSent);
    rig.journal.step(pre, hostApproval);
    rig.journal.step(pre, tcFromCard);
    const done = rig.journal.begin({ type: 'pre-auth-completion', amount: 42_000n, currency: '156', operatorId: 'op-01', originalId: pre }).id;
    rig.journal.step(done, contactCard);
    rig.journal.step(done, { to: 'authorising' });
    rig.journal.step(done, { to: 'approved', host: { responseCode: '00' } });
    expect(rig.journal.get(pre).phase).toEqual({ kind: 'captured', by: done });
    const cancel = errorOf(() => rig.journal.begin({ type: 'pre-auth-cancel', amount: 50_000n, currency: '156', operatorId: 'op-01', originalId: pre }));
    expect(cancel.context.rule).toBe('original is captured');
  });

  it('cancels a pre-authorisation', () => {
    rig = journalRig();
    const pre = rig.journal.begin({ type: 'pre-auth', amount: 50_000n, currency: '156', operatorId: 'op-01' }).id;
    rig.journal.step(pre, contactCard);
    rig.journal.step(pre, { to: 'offline-approved', path: 'offline' });
    const cancel = rig.journal.begin({ type: 'pre-auth-cancel', amount: 50_000n, currency: '156', operatorId: 'op-01', originalId: pre }).id;
    rig.journal.step(cancel, contactCard);
    rig.journal.step(cancel, { to: 'authorising' });
    rig.journal.step(cancel, { to: 'approved', host: { responseCode: '00' } });
    expect(rig.journal.get(pre).phase).toEqual({ kind: 'voided', by: cancel });
  });

  it('refuses bad input naming the field', () => {
    rig = journalRig();
    const field = (f: () => unknown) => errorOf(f).context.field;
    expect(field(() => rig.journal.begin({ type: 'sale', amount: -1n, currency: '156', operatorId: 'op' }))).toBe('amount');
    expect(field(() => rig.journal.begin({ type: 'sale', amount: 1_000_000_000_000n, currency: '156', operatorId: 'op' }))).toBe('amount');
    expect(field(() => rig.journal.begin({ type: 'balance', amount: 5n, currency: '156', operatorId: 'op' }))).toBe('amount');
    expect(field(() => rig.journal.begin({ type: 'sale', amount: 1n, currency: 'CNY', operatorId: 'op' }))).toBe('currency');
    expect(field(() => rig.journal.begin({ type: 'sale', amount: 1n, currency: '156', operatorId: '' }))).toBe('operatorId');
    expect(field(() => rig.journal.begin({ type: 'void', amount: 1n, currency: '156', operatorId: 'op' }))).toBe('originalId');
    expect(field(() => rig.journal.begin({ type: 'sale', amount: 1n, currency: '156', operatorId: 'op', originalId: 'x' }))).toBe('originalId');
    expect(rig.journal.begin({ type: 'balance', amount: 0n, currency: '156', operatorId: 'op' }).type).toBe('balance');
  });
});

describe('recovery on open', () => {
  it('fails what never reached the host and reverses what may have, each once', () => {
    rig = journalRig();
    const started = sale().id;
    const read = sale().id;
    rig.journal.step(read, contactCard);
    const sent = sale().id;
    rig.journal.step(sent, contactCard);
    rig.journal.step(sent, arqcSent);
    const hostSaidYes = sale().id;
    rig.journal.step(hostSaidYes, contactCard);
    rig.journal.step(hostSaidYes, arqcSent);
    rig.journal.step(hostSaidYes, hostApproval);
    const done = approvedSale();

    const journal = rig.reopen();
    expect(journal.recovery).toMatchObject({ failed: [started, read], reversed: [sent, hostSaidYes] });
    expect(journal.get(started).phase).toEqual({ kind: 'failed', errorCode: 'E-JOURNAL-0017' });
    expect(journal.get(sent).phase).toMatchObject({ kind: 'reversal-pending', reason: 'no-answer' });
    expect(journal.get(hostSaidYes).phase).toMatchObject({ kind: 'reversal-pending', reason: 'terminal-failure' });
    expect(journal.get(done).phase).toEqual({ kind: 'approved' });
    const reversals = () => rig.port.pending().filter((m) => m.kind === 'reversal').map((m) => (m as ReversalMessage).originalId);
    expect(reversals()).toEqual([sent, hostSaidYes]);

    // Opening again finds nothing more to do and queues nothing twice.
    expect(rig.reopen().recovery).toEqual({ failed: [], reversed: [], handedOver: 0 });
    expect(reversals()).toEqual([sent, hostSaidYes]);
  });

  it('hands over again a message the outbox refused, when asked and at the next open', () => {
    rig = journalRig();
    let refuse = true;
    const faults: string[] = [];
    // A port that refuses as a full disk would (the outbox's E-OUTBOX-0005 stands in for it).
    const flaky: OutboxPort = {
      enqueue: (m) => {
        if (refuse) throw errorOf(() => rig.port.outbox.enqueue('reversal', '', new Uint8Array()));
        rig.port.enqueue(m);
      },
    };
    rig.journal.close();
    rig.journal = Journal.open(rig.journalPath, loadJournalKey(rig.keyPath, { provision: false }), flaky, { onHandoffFault: (e) => faults.push(e.code) });
    const id = approvedSale();
    expect(faults).toEqual(['E-OUTBOX-0005']);
    expect(rig.port.pending()).toEqual([]);
    refuse = false;
    expect(rig.journal.handOver()).toBe(1);
    expect(rig.port.pending().map((m) => m.id)).toEqual([id]);
    expect(rig.journal.handOver()).toBe(0);

    refuse = true;
    const second = approvedSale();
    expect(rig.reopen().recovery.handedOver).toBe(1);
    expect(rig.port.pending().map((m) => m.id)).toEqual([id, second]);
  });
});
