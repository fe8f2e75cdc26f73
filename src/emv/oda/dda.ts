// EMV Book 2 §6.5 Dynamic Data Authentication: INTERNAL AUTHENTICATE (Book 3 §6.5.9) with the
// DDOL data, the card's DDOL (9F49) or else the terminal's Default DDOL; §6.5.1: a DDOL
// without the Unpredictable Number (9F37) fails DDA. The response is format 1 (80: the Signed
// Dynamic Application Data) or format 2 (77 with 9F4B); §6.5.2 verifies it and yields the ICC
// Dynamic Number (9F4C).
import { exchange, internalAuthenticateCommand, SW, type CardTransport } from '../apdu/index.js';
import { buildDolData, chooseDol, type DolEntry, type DolSource } from '../dol/index.js';
import { decodeTlv, findValue } from '../tlv/index.js';
import { openDynamicSignature } from './dynamic-signature.js';
import type { OdaFailure } from './failure.js';
import type { RsaPublicKey } from './rsa-recover.js';

export interface DdaInput {
  readonly transport: CardTransport;
  readonly iccKey: RsaPublicKey;
  /** 9F49 from the card, if it sent one. */
  readonly cardDdol: Uint8Array | undefined;
  /** Undefined when the terminal has no Default DDOL configured. */
  readonly defaultDdol: readonly DolEntry[] | undefined;
  /** Terminal (and card) values the DDOL asks for, 9F37 among them. */
  readonly dolSource: DolSource;
}

export type DdaVerification =
  | { readonly result: 'ok'; readonly dynamicNumber: Uint8Array }
  | { readonly result: 'failed'; readonly reason: OdaFailure };

export async function performDda(input: DdaInput): Promise<DdaVerification> {
  // Book 3 §10.3: no DDOL from the card and no Default DDOL in the terminal is ICC data missing.
  if (input.cardDdol === undefined && input.defaultDdol === undefined) return { result: 'failed', reason: 'icc-data-missing' };
  let ddol: readonly DolEntry[];
  try {
    ddol = chooseDol(input.cardDdol, input.defaultDdol ?? []).entries;
  } catch {
    return { result: 'failed', reason: 'ddol-malformed' };
  }
  if (!ddol.some((e) => e.tag === 0x9f37)) return { result: 'failed', reason: 'ddol-without-unpredictable-number' };
  const ddolData = buildDolData(ddol, input.dolSource);
  const { data, sw } = await exchange(input.transport, internalAuthenticateCommand(ddolData));
  if (sw !== SW.ok) return { result: 'failed', reason: 'internal-authenticate-refused' };
  const signed = signedDynamicData(data);
  if (signed === undefined) return { result: 'failed', reason: 'response-malformed' };
  const opened = openDynamicSignature(input.iccKey, signed, ddolData);
  return opened.result === 'ok' ? { result: 'ok', dynamicNumber: opened.dynamicNumber } : opened;
}

/** Book 3 §6.5.9.4: format 1 is 80 holding the signature alone; format 2 is 77 holding 9F4B. */
function signedDynamicData(data: Uint8Array): Uint8Array | undefined {
  try {
    const nodes = decodeTlv(data);
    const top = nodes[0];
    if (nodes.length !== 1 || top === undefined) return undefined;
    if (top.tag === 0x80 && top.kind === 'primitive') return top.value;
    if (top.tag === 0x77 && top.kind === 'constructed') return findValue(top.children, 0x9f4b);
    return undefined;
  } catch {
    return undefined;
  }
}
