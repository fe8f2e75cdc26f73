// Whole card transactions through the engine with real parts (rig.ts): virtual cards in
// in-process readers, the keyed PIN pad under the test BDK, the journal's file, the backend as a
// process answering over the real channel, the ESC/POS driver into the virtual printer. Each
// test reads what the engine left behind: the journal's record, what reached the backend's
// store, what came out of the printer, what the screens were asked to show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { connect, openSerialLine, SerialPinPad } from '../../../src/devices/pinpad/index.js';
import { DEFAULT_PIN_ENTRY, pinPadPort } from '../../../src/payment/pin-pad-port.js';
import { deriveTdesIpek } from '../../../src/security/index.js';
import { createCard } from '../../../src/emulators/card/index.js';
import { createLocalIssuer } from '../../../src/emulators/issuer/local-issuer.js';
import { startRig as startPadRig } from '../../devices/pinpad/pty-rig.js';
import { posrt } from '../../../src/protos/index.js';
import { readStore, until } from '../../support/backend-process.js';
import { startHost, UNIONPAY_PAN, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

let host: Host;
let rig: EngineRig;

beforeAll(async () => {
  host = await startHost('SN-ENGINE');
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
});

/** Every text line of the receipts printed since the rig started. */
const paper = (r: EngineRig): string[] => r.printer.receipts.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : [])));

describe('card sales through the engine', () => {
  it('a contact UnionPay sale with online PIN is approved by the backend, journaled, uploaded, and printed twice with the masked PAN', async () => {
    const recorded = host.recording();
    rig = await engineRig({ terminal: host.terminal, host: recorded.authorisation, pin: '123456' });
    rig.insert('unionpay');
    const outcome = await rig.engine.sale({ amount: 20_000n });
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    const t = outcome.transaction;
    expect(t.phase.kind).toBe('approved');
    expect(t.decision).toBe('online');
    expect(t.entryMode).toBe('contact');
    expect(t.scheme).toBe('unionpay');
    expect(t.maskedPan).toBe('621234******1232');
    expect(t.responseCode).toBe('00');
    expect(t.operatorId).toBe('0003');
    expect(outcome.stamp).toEqual({ operatorId: '0003', approverId: null });
    expect(outcome.receipts?.merchant.kind).toBe('printed');
    expect(outcome.receipts?.customer.kind).toBe('printed');
    const lines = paper(rig).join('\n');
    expect(lines).toContain('621234******1232');
    expect(lines).not.toContain(UNIONPAY_PAN);
    expect(rig.printer.receipts).toHaveLength(2);
    // The authorisation the backend answered carries the journal's id; the upload follows it.
    expect(readStore<{ outcome: string }>(host.db, `SELECT outcome FROM authorisations WHERE transaction_id = '${t.id}'`)).toEqual([{ outcome: 'approved' }]);
    await until('the upload reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${t.id}'`).length === 1);
    expect(rig.shown.map((s) => (s.id === 'book-a' ? s.message : s.id))).toEqual(['present-card', 'authorising-please-wait', 'approved', 'result']);
    // The issuer's authorisation code (89) and reference (RRN) reach the journal, the upload,
    // both slips and the result screen, and the reference finds the sale again.
    const [answer] = recorded.answers;
    expect(answer?.authorisationCode).toMatch(/^\d{6}$/);
    expect(answer?.hostReference).toMatch(/^\d{12}$/);
    expect([t.authorisationCode, t.hostReference]).toEqual([answer!.authorisationCode, answer!.hostReference]);
    const [stored] = readStore<{ record: Buffer }>(host.db, `SELECT record FROM transactions WHERE transaction_id = '${t.id}'`);
    const uploaded = posrt.channel.v1.JournalRecord.decode(stored!.record);
    expect([uploaded.authorisationCode, uploaded.hostReference]).toEqual([answer!.authorisationCode, answer!.hostReference]);
    const [merchant, customer] = rig.printer.receipts.map((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : [])).join('\n'));
    for (const slip of [merchant!, customer!]) {
      expect(slip).toContain(answer!.hostReference!);
      expect(slip).toContain(answer!.authorisationCode!);
    }
    expect(rig.shown.at(-1)).toMatchObject({ id: 'result', reference: answer!.hostReference, result: { outcome: 'approved', authCode: answer!.authorisationCode } });
    expect(rig.journal.query({ reference: answer!.hostReference! }).map((q) => q.id)).toEqual([t.id]);
    expect(rig.journal.query({ reference: answer!.authorisationCode!, lastFour: '1232', amount: 20_000n }).map((q) => q.id)).toEqual([t.id]);
  });

  it('a wrong online PIN is declined by the issuer (55): journaled declined online, nothing printed', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '654321' });
    rig.insert('unionpay');
    const outcome = await rig.engine.sale({ amount: 20_000n });
    expect(outcome.kind).toBe('declined');
    if (outcome.kind !== 'declined') return;
    expect(outcome.transaction.phase).toEqual({ kind: 'declined', path: 'online' });
    expect(outcome.transaction.responseCode).toBe('55');
    expect(rig.printer.receipts).toHaveLength(0);
    expect(rig.shown.at(-1)).toMatchObject({ id: 'result', result: { outcome: 'declined', responseCode: '55' } });
  });

  it('a contactless qVSDC tap under the reader floor limit is approved offline (TC) without the host and its record uploaded through the outbox', async () => {
    let asked = 0;
    rig = await engineRig({ terminal: host.terminal, host: (t) => ((asked += 1), host.authorisation(t)) });
    rig.tap('visa-qvsdc');
    const outcome = await rig.engine.sale({ amount: 1_000n });
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.transaction.phase).toEqual({ kind: 'offline-approved', path: 'offline' });
    expect(outcome.transaction.entryMode).toBe('contactless');
    expect(outcome.transaction.scheme).toBe('visa');
    expect(outcome.transaction.emv.cryptogram?.type).toBe('TC');
    expect(asked).toBe(0);
    await until('the offline approval reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
    expect(outcome.receipts?.customer.kind).toBe('printed');
  });

  it('a card that leaves the field mid-tap is asked back (Book A "present card again") and the tap completes on its return', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation });
    // The card answers the first two APDUs (PPSE, SELECT) and is gone at the third (GPO).
    rig.contactless.present(createCard('visa-qvsdc', { interface: 'contactless', faults: [{ kind: 'removal', atApdu: 3 }] }));
    const outcome = await rig.engine.sale({ amount: 1_000n });
    expect(outcome.kind).toBe('approved');
    expect(rig.shown.some((s) => s.id === 'book-a' && s.message === 'present-card-again')).toBe(true);
    if (outcome.kind === 'approved') expect(outcome.transaction.phase).toEqual({ kind: 'offline-approved', path: 'offline' });
  });

  it('a tap over the CVM required limit whose card asks for a signature is approved online, shows Book A "approved, please sign" and prints the signature line on the merchant copy only', async () => {
    // pos backend's issuer simulator declines a contactless online request with 30 today (it
    // needs the CDOL1 data, which a contactless kernel does not keep); the local test issuer
    // rebuilds it from the ICC data and checks the ARQC.
    rig = await engineRig({ terminal: host.terminal, host: () => createLocalIssuer('approve') });
    rig.tap('visa-qvsdc-signature');
    const outcome = await rig.engine.sale({ amount: 150_000n });
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.transaction).toMatchObject({ decision: 'online', entryMode: 'contactless', emv: { signatureRequired: true } });
    expect(rig.shown.some((s) => s.id === 'book-a' && s.message === 'approved-please-sign')).toBe(true);
    const [merchant, customer] = rig.printer.receipts.map((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : [])).join('\n'));
    // The merchant keeps the signed copy: the signature label and the cardholder's acknowledgement.
    expect(merchant).toContain('持卡人签名');
    expect(merchant).toContain('本人确认以上交易');
    expect(customer).not.toContain('本人确认以上交易');
    expect(customer).toContain('需持卡人签名');
  });

  it('a request that reached the issuer but whose answer was lost is uncertain: reversal-pending with no-answer, the reversal sent through the outbox and matched to the approval the backend gave', async () => {
    rig = await engineRig({
      terminal: host.terminal,
      pin: '123456',
      host: (t) => {
        const real = host.authorisation(t);
        // The answer is lost on the way back, as a link that drops after sending.
        return { authorise: async (r) => (await real.authorise(r), { kind: 'unavailable' }) };
      },
    });
    rig.insert('unionpay');
    const outcome = await rig.engine.sale({ amount: 20_000n });
    expect(outcome.kind).toBe('reversed');
    if (outcome.kind !== 'reversed') return;
    expect(outcome.error.code).toBe('E-TXN-0004');
    expect(outcome.transaction.phase).toMatchObject({ kind: 'reversal-pending', reason: 'no-answer' });
    expect(rig.printer.receipts).toHaveLength(0);
    const id = outcome.transaction.id;
    await until('the reversal reached the backend', () => readStore(host.db, `SELECT 1 FROM reversals WHERE original_transaction_id = '${id}'`).length === 1);
    expect(readStore<{ match: string }>(host.db, `SELECT match FROM reversals WHERE original_transaction_id = '${id}'`)).toEqual([{ match: 'reversed' }]);
    expect(rig.shown.at(-1)).toMatchObject({ id: 'error', error: { code: 'E-TXN-0004' } });
  });

  it('a terminal the operations centre locked refuses a sale before the journal or the card (E-TXN-0002); unlocked, it sells', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456' });
    rig.lock.lock('audit', Date.now());
    rig.insert('unionpay');
    const refused = await rig.engine.sale({ amount: 20_000n });
    expect(refused).toMatchObject({ kind: 'refused', error: { code: 'E-TXN-0002', context: { reason: 'audit' } } });
    expect(rig.journal.query({})).toEqual([]);
    rig.lock.unlock();
    expect((await rig.engine.sale({ amount: 20_000n })).kind).toBe('approved');
  });

  it('the serial PIN pad emulator on a pty takes the online PIN the backend deciphers (DUKPT, test BDK); no file the terminal wrote holds the PAN, the track 2 or the PIN block', async () => {
    const bdk = fromHex('0123456789ABCDEFFEDCBA9876543210');
    const iksn = fromHex('FFFF9876543210E00000');
    const padRig = await startPadRig({ slots: [{ slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(bdk, iksn)), ksn: toHex(iksn) }] });
    const pad = new SerialPinPad(await connect(padRig.terminalPath, openSerialLine), openSerialLine);
    try {
      let pinBlock: Uint8Array | undefined;
      const port = pinPadPort(pad, { ...DEFAULT_PIN_ENTRY, amount: 20_000n, currency: { code: '156', exponent: 2 }, timeoutMs: 10_000 });
      rig = await engineRig({
        terminal: host.terminal,
        host: (t) => {
          const real = host.authorisation(t);
          return { authorise: (r) => ((pinBlock = r.onlinePinBlock?.pinBlock), real.authorise(r)) };
        },
        pinPad: port,
      });
      rig.insert('unionpay');
      const sale = rig.engine.sale({ amount: 20_000n });
      await padRig.next('awaiting-pin');
      padRig.type('123456');
      const outcome = await sale;
      expect(outcome.kind).toBe('approved');
      expect(padRig.events).toContainEqual({ event: 'awaiting-pin', mode: 'online' });
      expect(pinBlock).toBeDefined();
      // Every file in the terminal's directory (journal, its WAL, key, operators, audit) and the outbox's.
      const files = readdirSync(rig.dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
      files.push(...readdirSync(host.dir).filter((f) => f.startsWith('outbox-')).map((f) => join(host.dir, f)));
      const secrets = [Buffer.from(UNIONPAY_PAN, 'ascii'), Buffer.from(fromHex(UNIONPAY_PAN)), Buffer.from(pinBlock!)];
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) for (const secret of secrets) expect(readFileSync(f).includes(secret), f).toBe(false);
    } finally {
      await pad.close();
      await padRig.stop();
    }
  });
});
