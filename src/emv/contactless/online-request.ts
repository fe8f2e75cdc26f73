// EMV Contactless Book A §6.2.2 and Book B §3.5.1.1: an Online Request whose Start is 'n/a' is
// the terminal application's to send. This builds the authorisation from the kernel's Data
// Record (Book C-2 §4.3, C-3 §5.8, C-7: the chip data of the online message), asks for the
// online PIN first when the Outcome's CVM says so, and turns the host's answer into how the
// transaction ends. Contactless has no second GENERATE AC: the host's answer is final, and no
// answer at all is a decline (Book C-3 §5.9, C-7: the reader does not approve a transaction it
// could not authorise online). A Kernel 2 mag-stripe mode record has no cryptogram: its tracks,
// with the CVC3, go in the message's track fields.
import { toHex } from '../../bytes/hex.js';
import { issuerReferences, type AuthorisationPort, type AuthorisationRequest, type IssuerReferences } from '../contact/authorisation.js';
import { panDigits } from '../contact/completion.js';
import type { PinPadPort } from '../cvm/index.js';
import type { ContactlessTransaction, KernelOutcome } from './kernel-contract.js';

export interface OnlineEnvironment {
  readonly authorisation: AuthorisationPort;
  readonly pinPad: PinPadPort | undefined;
}

export type OnlineCompletion =
  | { readonly kind: 'approved'; readonly authorisationResponseCode: Uint8Array; readonly issuer: IssuerReferences }
  | { readonly kind: 'online-declined'; readonly authorisationResponseCode: Uint8Array; readonly issuer: IssuerReferences }
  /** No answer from the host, or the online PIN the Outcome asked for could not be had. */
  | { readonly kind: 'declined'; readonly reason: 'unable-to-go-online' | 'online-pin-not-entered' };

/** Field 55 objects of the Data Record: everything but the PAN and the tracks, which the message
 *  carries in its own fields (Kernel 2 mag-stripe mode: Track 2 Data 9F6B and Track 1 Data 56). */
const NOT_ICC_DATA = new Set([0x5a, 0x57, 0x9f6b, 0x56]);

/** Sends an Online Request outcome's authorisation and reads the answer. */
export async function sendOnlineRequest(result: KernelOutcome, transaction: ContactlessTransaction, env: OnlineEnvironment): Promise<OnlineCompletion> {
  const record = result.dataRecord ?? new Map<number, Uint8Array>();
  const pan = recordPan(record);
  let onlinePinBlock: AuthorisationRequest['onlinePinBlock'];
  if (result.outcome.cvm === 'online-pin') {
    const pin = env.pinPad ? await env.pinPad.getOnlinePin({ pan }) : { kind: 'pad-unavailable' as const };
    if (pin.kind !== 'entered') return { kind: 'declined', reason: 'online-pin-not-entered' };
    onlinePinBlock = { pinBlock: pin.pinBlock, ksn: pin.ksn };
  }
  const iccData = new Map([...record].filter(([tag]) => !NOT_ICC_DATA.has(tag)));
  const empty = new Uint8Array(0);
  const response = await env.authorisation.authorise({
    pan,
    panSequenceNumber: record.get(0x5f34),
    amount: transaction.amount,
    currencyCode: transaction.currencyCode,
    transactionType: record.get(0x9c) ?? empty,
    arqc: result.cryptogram?.value ?? empty,
    cid: record.get(0x9f27)?.[0] ?? 0,
    atc: record.get(0x9f36) ?? empty,
    issuerApplicationData: record.get(0x9f10),
    aip: record.get(0x82) ?? empty,
    // The kernel does not keep the DOL data the card signed; the issuer rebuilds it from its
    // cryptogram version's list over the ICC data, as issuers do.
    cdol1Data: undefined,
    iccData,
    onlinePinBlock,
    ...magStripeTracks(record),
  });
  switch (response.kind) {
    case 'unavailable':
      return { kind: 'declined', reason: 'unable-to-go-online' };
    case 'approved':
      return { kind: 'approved', authorisationResponseCode: response.authorisationResponseCode, issuer: issuerReferences(response) };
    case 'declined':
      return { kind: 'online-declined', authorisationResponseCode: response.authorisationResponseCode, issuer: issuerReferences(response) };
  }
}

/** 5A, else the PAN field of track 2 (57 track 2 equivalent data, or Kernel 2's mag-stripe
 *  Track 2 Data 9F6B: PAN 'D' separator ...). */
function recordPan(record: ReadonlyMap<number, Uint8Array>): string {
  const pan = record.get(0x5a);
  if (pan !== undefined) return panDigits(pan);
  const track2 = record.get(0x57) ?? record.get(0x9f6b);
  return track2 === undefined ? '' : toHex(track2).split('D')[0]!;
}

/** A Kernel 2 mag-stripe mode Data Record carries its tracks, with the CVC3 in them. */
function magStripeTracks(record: ReadonlyMap<number, Uint8Array>): Pick<AuthorisationRequest, 'tracks'> {
  const track2 = record.get(0x9f6b);
  return track2 === undefined ? {} : { tracks: { track2, track1: record.get(0x56) } };
}
