// A balance inquiry through the contact kernel (9C 31, EMV Book 4 Annex A / ISO 8583 processing
// code 31): amount zero, always online — an ARQC even where the TAC/IAC analysis would approve
// offline (Book 3 §10.7 lets the terminal ask for more) — and no offline answer when the issuer
// cannot be reached (Z3, AAC), since the balance is the issuer's. Against the virtual card and
// the local issuer, the card checking the ARPC.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { recordOf, transact, withFloorLimit } from '../../emulators/card/transaction.js';

const ascii = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString('ascii');

describe('balance inquiry (9C 31)', () => {
  it('goes online with amount zero where a purchase under the floor limit is approved offline, and completes with the TC after the approval', async () => {
    const purchase = await transact({ profile: 'mastercard', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n) });
    expect([purchase.outcome.kind, purchase.requests.length, recordOf(purchase).cryptogram?.type]).toEqual(['approved', 0, 'TC']);

    const balance = await transact({ profile: 'mastercard', pin: '4315', type: 'balance', amount: 0n, aidConfigs: withFloorLimit(100_000n) });
    expect(balance.requests).toHaveLength(1);
    const [request] = balance.requests;
    expect([toHex(request!.transactionType), request!.amount, request!.cid & 0xc0]).toEqual(['31', 0n, 0x80]);
    expect([toHex(request!.iccData.get(0x9c)!), toHex(request!.iccData.get(0x9f02)!)]).toEqual(['31', '000000000000']);
    expect(balance.outcome.kind).toBe('approved');
    expect([ascii(recordOf(balance).authorisationResponseCode), recordOf(balance).cryptogram?.type]).toEqual(['00', 'TC']);
  });

  it('is declined (Z3, AAC) when the issuer cannot be reached, where a purchase would be approved by the default action (Y3)', async () => {
    const purchase = await transact({ profile: 'online-only', pin: '4315', amount: 1000n, aidConfigs: withFloorLimit(100_000n), online: 'unavailable' });
    expect([purchase.outcome.kind, ascii(recordOf(purchase).authorisationResponseCode)]).toEqual(['approved', 'Y3']);
    const balance = await transact({ profile: 'online-only', pin: '4315', type: 'balance', amount: 0n, aidConfigs: withFloorLimit(100_000n), online: 'unavailable' });
    expect([balance.outcome.kind, ascii(recordOf(balance).authorisationResponseCode), recordOf(balance).cryptogram?.type, recordOf(balance).issuer]).toEqual(['declined', 'Z3', 'AAC', undefined]);
  });
});
