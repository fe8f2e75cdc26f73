// Whole taps in-process: Entry Point with the terminal's configured combinations
// (config/contactless.json), the registered kernels and the virtual card, and an Online Request
// sent to the local test issuer — the path `pos txn --interface contactless` takes, without PC/SC.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import type { AuthorisationPort, AuthorisationRequest } from '../../../src/emv/contact/authorisation.js';
import { createLocalIssuer, type IssuerDecision } from '../../../src/emulators/issuer/local-issuer.js';
import { tapWith } from './tap-rig.js';

/** The local issuer, with every request it was sent kept for the test to look at. */
function recordingIssuer(decision: IssuerDecision): AuthorisationPort & { requests: AuthorisationRequest[] } {
  const issuer = createLocalIssuer(decision);
  const requests: AuthorisationRequest[] = [];
  return { requests, authorise: (r) => (requests.push(r), issuer.authorise(r)) };
}

async function tap(profile: string, amount: bigint, decision: IssuerDecision = 'approve', pin?: string, tamper?: (r: AuthorisationRequest) => AuthorisationRequest) {
  const issuer = recordingIssuer(decision);
  const authorisation: AuthorisationPort = tamper ? { authorise: (r) => issuer.authorise(tamper(r)) } : issuer;
  return { ...(await tapWith(profile, amount, authorisation, pin)), requests: issuer.requests };
}

describe('a whole tap with the configured kernels and the local issuer', () => {
  it('approves a Visa qVSDC tap below the floor limit offline with a TC (kernel 3), no host asked', async () => {
    const r = await tap('visa-qvsdc', 1234n);
    expect(r.result.outcome).toMatchObject({ kernel: 3, outcome: { status: 'approved', cvm: 'no-cvm' } });
    expect(r.result.outcome.kernel !== null && r.result.outcome.cryptogram?.type).toBe('TC');
    expect(r.requests).toHaveLength(0);
  });

  it('approves an online-only Visa tap when the issuer verifies its ARQC rebuilt from the Data Record', async () => {
    const r = await tap('visa-online-only', 2000n);
    expect(r.result.outcome.outcome.status).toBe('online-request');
    expect(r.online).toMatchObject({ kind: 'approved' });
    expect(Buffer.from(r.online!.kind === 'approved' ? r.online!.authorisationResponseCode : []).toString()).toBe('00');
    const request = r.requests[0]!;
    // The issuer's code and reference come back with the approval (the local issuer's: from the ARQC and ATC).
    expect(r.online).toMatchObject({ issuer: { authorisationCode: toHex(request.arqc).slice(0, 6), hostReference: toHex(request.atc).padStart(12, '0') } });
    expect(request.pan).toBe('4761739001010010');
    expect(request.cdol1Data).toBeUndefined();
    // PAN and track 2 travel in their own message fields, never in the ICC data.
    expect(request.iccData.has(0x5a) || request.iccData.has(0x57)).toBe(false);
  });

  it('comes back online-declined when the amount in the message is not the one the card signed', async () => {
    const r = await tap('visa-online-only', 2000n, 'approve', undefined, (req) => ({ ...req, iccData: new Map([...req.iccData, [0x9f02, Uint8Array.of(0, 0, 0, 0, 0x20, 0x01)]]) }));
    expect(r.online).toMatchObject({ kind: 'online-declined' });
  });

  it('ends online-declined when the issuer declines, and declined when it cannot be reached', async () => {
    expect((await tap('visa-online-only', 2000n, 'decline')).online).toMatchObject({ kind: 'online-declined', issuer: { authorisationCode: undefined } });
    expect((await tap('visa-online-only', 2000n, 'unavailable')).online).toEqual({ kind: 'declined', reason: 'unable-to-go-online' });
  });

  it('approves a UnionPay QuickPass electronic cash tap offline (kernel 7) and reports the balance left', async () => {
    const r = await tap('unionpay-ec', 1234n);
    expect(r.result.outcome).toMatchObject({ kernel: 7, outcome: { status: 'approved' } });
    const o = r.result.outcome;
    expect(o.kernel !== null && o.discretionaryData?.get(0x9f79)).toEqual(Uint8Array.of(0, 0, 0, 0x02, 0x87, 0x66));
  });

  it('sends a UnionPay qPBOC ARQC to the issuer and approves', async () => {
    const r = await tap('unionpay-qpboc-online', 2000n);
    expect(r.result.outcome.kernel).toBe(7);
    expect(r.online).toMatchObject({ kind: 'approved' });
  });

  it('approves a Mastercard M/Chip tap offline (kernel 2), and above the floor limit sends its CDOL1 ARQC and approves', async () => {
    const offline = await tap('mastercard-c2', 1234n);
    expect(offline.result.outcome).toMatchObject({ kernel: 2, outcome: { status: 'approved' } });
    const online = await tap('mastercard-c2', 20000n);
    expect(online.result.outcome).toMatchObject({ kernel: 2, outcome: { status: 'online-request', cvm: 'no-cvm' } });
    expect(online.online).toMatchObject({ kind: 'approved' });
  });

  it('sends a Mastercard mag-stripe mode tap (kernel 2) with its tracks, whose CVC3 the issuer verifies, and approves', async () => {
    const r = await tap('mastercard-magstripe', 2000n);
    expect(r.result.outcome).toMatchObject({ kernel: 2, outcome: { status: 'online-request', cvm: 'no-cvm' } });
    expect(r.result.outcome.kernel !== null && r.result.outcome.cryptogram).toBeUndefined();
    expect(r.online).toMatchObject({ kind: 'approved' });
    const request = r.requests[0]!;
    expect(request.pan).toBe('5413330089010491');
    expect(request.arqc).toHaveLength(0);
    expect(request.tracks?.track2).toBeDefined();
    expect(request.tracks?.track1).toBeDefined();
    // The tracks travel in their own message fields, never in the ICC data.
    expect(request.iccData.has(0x9f6b) || request.iccData.has(0x56)).toBe(false);
  });

  it('comes back online-declined when a CVC3 digit in the track is not the card’s', async () => {
    const flip = (track2: Uint8Array) => {
      const out = Uint8Array.from(track2);
      // The last byte holds the last discretionary digit (nUN') and the F pad; the one before it
      // ends with the CVC3's least significant digit (PCVC3(Track2) 000E: positions 2-4).
      out[out.length - 2] = (out[out.length - 2]! & 0xf0) | ((out[out.length - 2]! + 1) % 10);
      return out;
    };
    const r = await tap('mastercard-magstripe', 2000n, 'approve', undefined, (req) => ({ ...req, tracks: { track2: flip(req.tracks!.track2), track1: req.tracks!.track1 } }));
    expect(r.online).toMatchObject({ kind: 'online-declined' });
  });

  it('performs the relay resistance protocol the configuration enables, and approves the card offline', async () => {
    const r = await tap('mastercard-c2-rrp', 1234n);
    expect(r.result.outcome).toMatchObject({ kernel: 2, outcome: { status: 'approved' } });
    const o = r.result.outcome;
    // TVR byte 5 '02': RRP performed, within the card's times.
    expect(o.kernel !== null && Buffer.from(o.dataRecord!.get(0x95)!).toString('hex')).toBe('0000000002');
  });

  it('asks the PIN pad for an online PIN above the CVM required limit and sends the block with the ARQC', async () => {
    const r = await tap('visa-qvsdc', 150000n, 'approve', '1234');
    expect(r.result.outcome.outcome).toMatchObject({ status: 'online-request', cvm: 'online-pin' });
    expect(r.online).toMatchObject({ kind: 'approved' });
    expect(r.requests[0]!.onlinePinBlock?.pinBlock).toHaveLength(8);
  });

  it('declines without asking the host when the cardholder gives no online PIN', async () => {
    const r = await tap('visa-qvsdc', 150000n, 'approve');
    expect(r.online).toEqual({ kind: 'declined', reason: 'online-pin-not-entered' });
    expect(r.requests).toHaveLength(0);
  });

  it('shows "see phone" when the wallet answers 6986, restarts, and takes the second tap with the phone\'s CDCVM', async () => {
    const r = await tap('visa-phone-see-phone', 150000n);
    expect(r.result.restarts).toBe(1);
    expect(r.result.uiRequests.map((u) => u.message)).toEqual(expect.arrayContaining(['see-phone', 'authorising-please-wait']));
    expect(r.result.outcome.outcome).toMatchObject({ status: 'online-request', cvm: 'confirmation-code-verified' });
    expect(r.online).toMatchObject({ kind: 'approved' });
  });
});
