// EMV Book 1 §9.3.1 (ISO/IEC 7816-3 §12.2) T=0 response handling, in this one place:
//   61xx: xx more bytes wait; GET RESPONSE with Le = xx, again while 61xx comes back (bounded);
//   6Cxx: wrong Le; the same command is sent once more with Le = xx (cases 2 and 4 only);
//   62xx/63xx with no data to a case 4 command: a warning that leaves the response data
//         waiting; GET RESPONSE with Le = 00 fetches it and the warning is what the caller sees
//         (Book 1 Annex A7).
// Over T=1 a reader returns data and status together and none of these paths runs: the common
// case is one transmit and one status check.
import { isPosError, PosError } from '../../errors/index.js';
import { concatBytes } from '../../bytes/hex.js';
import { byteHex, commandCase } from './command.js';
import { getResponseCommand } from './commands.js';
import { statusWord, swHex, type ResponseApdu } from './response.js';
import type { CardTransport } from './transport.js';

/** 16 chained responses of up to 256 bytes each is far beyond any EMV response: a card that
 *  keeps answering 61xx is faulty, and the tap budget will not wait for it. */
export const MAX_CHAINED_RESPONSES = 16;

const EMPTY = new Uint8Array(0);

export async function exchange(transport: CardTransport, capdu: Uint8Array): Promise<ResponseApdu> {
  const apduCase = commandCase(capdu);
  const rapdu = await sendFixingLe(transport, capdu, apduCase === 2 || apduCase === 4);
  const sw = statusWord(rapdu);
  const sw1 = sw >>> 8;
  if (sw1 === 0x61) return collectChained(transport, rapdu, sw);
  if (apduCase === 4 && rapdu.length === 2 && (sw1 === 0x62 || sw1 === 0x63)) {
    const fetched = await exchange(transport, getResponseCommand(0x00));
    // A card with nothing to give after its warning answers GET RESPONSE with an error: the
    // warning still stands, with no data.
    return { data: fetched.sw === 0x9000 ? fetched.data : EMPTY, sw };
  }
  return { data: rapdu.subarray(0, rapdu.length - 2), sw };
}

/** Sends a command; on 6Cxx (for a command with Le) sends it once more with Le = xx. */
async function sendFixingLe(transport: CardTransport, capdu: Uint8Array, hasLe: boolean): Promise<Uint8Array> {
  const rapdu = await transmit(transport, capdu);
  if (!hasLe || rapdu.length !== 2 || rapdu[0] !== 0x6c) return rapdu;
  const again = capdu.slice();
  again[again.length - 1] = rapdu[1]!;
  const retried = await transmit(transport, again);
  if (retried.length === 2 && retried[0] === 0x6c) throw new PosError('E-CARD-0004', { ins: byteHex(capdu[1]), sw: swHex(statusWord(retried)) });
  return retried;
}

async function collectChained(transport: CardTransport, first: Uint8Array, firstSw: number): Promise<ResponseApdu> {
  const parts: Uint8Array[] = [first.subarray(0, first.length - 2)];
  let sw = firstSw;
  for (let i = 0; i < MAX_CHAINED_RESPONSES; i++) {
    const rapdu = await sendFixingLe(transport, getResponseCommand(sw & 0xff), true);
    sw = statusWord(rapdu);
    parts.push(rapdu.subarray(0, rapdu.length - 2));
    if (sw >>> 8 !== 0x61) return { data: concatBytes(...parts), sw };
  }
  throw new PosError('E-CARD-0003', { responses: MAX_CHAINED_RESPONSES });
}

async function transmit(transport: CardTransport, capdu: Uint8Array): Promise<Uint8Array> {
  try {
    return await transport.transmit(capdu);
  } catch (e) {
    // A transport's own coded error (card removed, reader gone) says more than ours would.
    if (isPosError(e)) throw e;
    throw new PosError('E-CARD-0002', { ins: byteHex(capdu[1]) }, { cause: e });
  }
}
