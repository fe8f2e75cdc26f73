// A balance inquiry through the engine with real parts (rig.ts): the UnionPay virtual card in the
// in-process contact reader, its online PIN on the keyed pad, the request over the real channel
// to pos backend as a process, whose issuer simulator answers the card's balance; the journal's
// record, the upload, the slips from the virtual printer and the screens are what is read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { posrt, toBigInt } from '../../../src/protos/index.js';
import { readStore, until } from '../../support/backend-process.js';
import { startHost, UNIONPAY_BALANCE, UNIONPAY_PAN, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

const v1 = posrt.channel.v1;
let host: Host;
let rig: EngineRig;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-BALANCE');
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
});

const slips = (r: EngineRig): string[] => r.printer.receipts.map((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : [])).join('\n'));

describe('balance inquiry through the engine', () => {
  it("asks the issuer online (9C 31, amount zero, BALANCE) with the card's PIN, journals and uploads the balance counted in no total, shows it, and prints it on the cardholder's slip only", async () => {
    const recorded = host.recording();
    rig = await engineRig({ terminal: host.terminal, host: recorded.authorisation, pin: '123456' });
    rig.insert('unionpay');
    const outcome = await rig.engine.balance();
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;

    const [sent] = recorded.sent;
    expect([sent?.type, toHex(sent!.emvTransactionType!), toBigInt(sent!.amount!.minorUnits!), sent?.onlinePin !== undefined]).toEqual([v1.TransactionType.TRANSACTION_TYPE_BALANCE, '31', 0n, true]);
    const [answer] = recorded.answers;
    expect(toBigInt(answer!.availableBalance!.minorUnits!)).toBe(UNIONPAY_BALANCE);

    const t = outcome.transaction;
    expect(t).toMatchObject({ type: 'balance', amount: 0n, decision: 'online', entryMode: 'contact', maskedPan: '621234******1232', balance: UNIONPAY_BALANCE, hostReference: answer!.hostReference });
    expect(rig.journal.xReport().totals).toEqual([]);
    expect(rig.shown.at(-1)).toEqual({ id: 'balance', maskedPan: '621234******1232', balance: UNIONPAY_BALANCE, reference: answer!.hostReference });

    const [merchant, customer] = slips(rig);
    expect(customer).toContain('CNY 88888.00');
    expect(customer).toContain('621234******1232');
    expect(merchant).not.toContain('88888.00');
    for (const slip of [merchant!, customer!]) expect(slip).not.toContain(UNIONPAY_PAN);

    await until('the upload reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${t.id}'`).length === 1);
    const [stored] = readStore<{ record: Buffer }>(host.db, `SELECT record FROM transactions WHERE transaction_id = '${t.id}'`);
    const record = v1.JournalRecord.decode(stored!.record);
    expect([record.type, record.status, toBigInt(record.amount!.minorUnits!), record.hostReference]).toEqual([v1.TransactionType.TRANSACTION_TYPE_BALANCE, v1.TransactionStatus.TRANSACTION_STATUS_APPROVED, 0n, answer!.hostReference]);
  });

  it('is refused before the journal without a contact reader (E-TXN-0009): a tap is not asked for a balance', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, readers: {} });
    const outcome = await rig.engine.balance();
    expect(outcome).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0009' } });
    expect(rig.journal.query({})).toEqual([]);
  });
});
