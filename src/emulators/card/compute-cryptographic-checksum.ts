// COMPUTE CRYPTOGRAPHIC CHECKSUM, EMV Contactless Book C-2 §5.2 (PayPass Mag Stripe): CLA 80,
// INS 2A, P1 8E, P2 80, the UDOL data (9F69, else the Default UDOL '9F6A04'). Only after GET
// PROCESSING OPTIONS, once a transaction; the ATC the GPO counted goes into the checksum. The
// answer is a 77 template: CVC3 (Track2) 9F61, CVC3 (Track1) 9F60 when the card has a track 1,
// ATC 9F36, and for a phone POS Cardholder Interaction Information DF4B:
//   byte 1 version '00'; byte 2 b5 'OD-CVM verification successful', b1 'OD-CVM required';
//   byte 3 '00'.
// A phone whose cardholder has not verified on it, asked for it through the Mobile Support
// Indicator (9F7E b2 'OD-CVM required' in the UDOL data), answers without a CVC3 (see phone).
import { dolDataLength } from '../../emv/dol/index.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import type { Command } from './command.js';
import { cvc3 } from './cvc3.js';
import { dolValue } from './dol-values.js';
import { respond, status, SW, type CardResponse } from './response.js';
import { countersOf, selectedSession, u16, type CardState } from './state.js';

const OD_CVM_REQUIRED = 0x02;
const VERIFIED = Uint8Array.of(0x00, 0x10, 0x00);
const VERIFICATION_NEEDED = Uint8Array.of(0x00, 0x01, 0x00);

export function computeCryptographicChecksum(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== 0x8e || cmd.p2 !== 0x80) return status(SW.wrongParameters);
  const session = selectedSession(state);
  const magStripe = session?.app.magStripe;
  if (!session || !magStripe) return status(SW.insNotSupported);
  if (session.phase.kind !== 'initiated') return status(SW.conditionsNotSatisfied);
  if (cmd.data.length !== dolDataLength(magStripe.udol)) return status(SW.wrongLength);
  const un = dolValue(magStripe.udol, cmd.data, 0x9f6a);
  if (un?.length !== 4) return status(SW.conditionsNotSatisfied);
  session.phase = { kind: 'completed' };
  const atc = u16(countersOf(state, session.app).atc);
  const phone = session.app.profile.magStripe?.onDeviceCvm;
  const msi = dolValue(magStripe.udol, cmd.data, 0x9f7e)?.[0] ?? 0;
  if (phone === 'not-verified' && (msi & OD_CVM_REQUIRED) !== 0) {
    return respond(encodeTlv([{ tag: 0x77, children: [{ tag: 0x9f36, value: atc }, { tag: 0xdf4b, value: VERIFICATION_NEEDED }] }]));
  }
  const objects: TlvInput[] = [{ tag: 0x9f61, value: cvc3(magStripe.key, magStripe.ivTrack2, un, atc) }];
  if (magStripe.ivTrack1) objects.push({ tag: 0x9f60, value: cvc3(magStripe.key, magStripe.ivTrack1, un, atc) });
  objects.push({ tag: 0x9f36, value: atc });
  if (phone !== undefined) objects.push({ tag: 0xdf4b, value: phone === 'verified' ? VERIFIED : Uint8Array.of(0, 0, 0) });
  return respond(encodeTlv([{ tag: 0x77, children: objects }]));
}
