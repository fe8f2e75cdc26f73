// The journal under a whole contact transaction: the EMV kernel on the in-process virtual
// UnionPay card (online PIN, ARQC to the local test issuer), each step journalled where the
// payment application will write it — the card read and the ARQC before the request goes out,
// the host's approval, the TC after the second GENERATE AC. Then neither the card's PAN, its
// track 2 nor the PIN block are anywhere in the journal's or the outbox's files.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthorisationPort } from '../../../src/emv/contact/authorisation.js';
import { createLocalIssuer } from '../../../src/emulators/issuer/local-issuer.js';
import { emvDataOfRecord, emvDataOfRequest, type ReversalMessage } from '../../../src/payment/journal/index.js';
import { recordOf, transact } from '../../emulators/card/transaction.js';
import { journalRig, type Rig } from './rig.js';

let rig: Rig;
afterEach(() => {
  rig.close();
  rig.remove();
});

const bytesOf = (path: string): Buffer => (existsSync(path) ? readFileSync(path) : Buffer.alloc(0));

describe('the journal under a contact transaction', () => {
  it('journals an online-PIN sale on the virtual UnionPay card without keeping its PAN, track 2 or PIN block', async () => {
    rig = journalRig();
    const { id } = rig.journal.begin({ type: 'sale', amount: 1_234n, currency: '156', operatorId: 'op-07' });
    const issuer = createLocalIssuer('approve');
    const online: AuthorisationPort = {
      authorise: async (request) => {
        rig.journal.step(id, { to: 'card-read', card: { entryMode: 'contact', scheme: 'unionpay', pan: request.pan } });
        rig.journal.step(id, { to: 'authorising', emv: emvDataOfRequest(request) });
        const answer = await issuer.authorise(request);
        expect(answer.kind).toBe('approved');
        rig.journal.step(id, { to: 'host-approved', host: { responseCode: '00', authorisationCode: '654321', hostReference: '000000000042' } });
        return answer;
      },
    };
    const ran = await transact({ profile: 'unionpay', amount: 1_234n, online });
    expect(ran.outcome.kind).toBe('approved');
    const record = recordOf(ran);
    const t = rig.journal.step(id, { to: 'approved', emv: emvDataOfRecord(record) });

    const request = ran.requests[0]!;
    expect(t).toMatchObject({ phase: { kind: 'approved' }, maskedPan: record.maskedPan, lastFour: request.pan.slice(-4), operatorId: 'op-07' });
    expect(t.emv.cryptogram).toEqual(record.cryptogram);
    expect(t.emv.cryptogram?.type).toBe('TC');
    expect(t.emv.cvmResults).toEqual(Uint8Array.of(0x42, 0x03, 0x00));

    const pinBlock = Buffer.from(request.onlinePinBlock!.pinBlock);
    const needles = [Buffer.from(request.pan, 'ascii'), Buffer.from(request.pan, 'hex'), Buffer.from(`${request.pan}D`, 'ascii'), pinBlock];
    for (const file of [rig.journalPath, `${rig.journalPath}-wal`, rig.outboxPath, `${rig.outboxPath}-wal`]) {
      const bytes = bytesOf(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds ${needle.length} bytes of card data`).toBe(false);
    }
    // What the reversal of this transaction would carry: the final ICC data, no card data tag.
    rig.journal.step(id, { to: 'reversal-pending', reason: 'terminal-failure' });
    const reversal = rig.port.pending().find((m): m is ReversalMessage => m.kind === 'reversal')!;
    const tags = reversal.iccData.map((o) => o.tag);
    expect(tags).toEqual(expect.arrayContaining([0x9f26, 0x9f27, 0x95, 0x9f36]));
    expect(tags).not.toContain(0x5a);
  });
});
