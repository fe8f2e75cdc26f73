// EMV Book 3 §9.3 and §10.8 GENERATE AC, first (CDOL1) and second (CDOL2), with CDA
// (Book 2 §6.6) requested when ODA chose it and the cryptogram asked for is TC or ARQC.
// A card may answer with a lower cryptogram than asked (AAC < ARQC < TC), never a higher one.
import { PosError } from '../../errors/index.js';
import { exchange, generateAcCommand, SW, swHex, type CryptogramRequest } from '../apdu/index.js';
import { buildDolData, parseDol } from '../dol/index.js';
import { verifyCdaSignature, type CdaVerification } from '../oda/index.js';
import { parseGenerateAcResponse, type GenerateAcResponse } from './generate-ac.js';
import type { Session } from './session.js';

const RANK = { AAC: 0, ARQC: 1, TC: 2 } as const;
const REQUEST_TYPE = { aac: 'AAC', arqc: 'ARQC', tc: 'TC' } as const;

export interface GenerateAcResult {
  readonly response: GenerateAcResponse;
  /** The AC itself: from 9F26, or from inside the CDA signature. */
  readonly cryptogram: Uint8Array;
  readonly cdolData: Uint8Array;
  /** Present when CDA was requested; 'failed' has set the TVR's CDA failed bit. */
  readonly cda: CdaVerification | undefined;
}

/** Refreshes the bit sets in the data store so the CDOL carries their current values. */
export function refreshTerminalResults(s: Session): void {
  s.data.setTerminal(0x95, s.tvr.value());
  s.data.setTerminal(0x9b, s.tsi.value());
  s.data.setTerminal(0x9f34, s.cvmResults);
}

export async function generateAc(s: Session, request: CryptogramRequest, which: 'first' | 'second', cdol1Data?: Uint8Array): Promise<GenerateAcResult> {
  refreshTerminalResults(s);
  const step = which === 'first' ? 'first-generate-ac' : 'second-generate-ac';
  const cdol = parseDol(s.data.require(which === 'first' ? 0x8c : 0x8d, step));
  const cdolData = buildDolData(cdol, s.data);
  const withCda = s.oda?.method === 'cda' && s.oda.result === 'keys-recovered' && request !== 'aac';
  const { data, sw } = await exchange(s.card, generateAcCommand(request, cdolData, withCda ? 'cda' : 'none'));
  if (sw !== SW.ok) throw new PosError('E-CARD-0015', { step, sw: swHex(sw) });
  const response = parseGenerateAcResponse(data);
  if (RANK[response.type] > RANK[REQUEST_TYPE[request]]) throw new PosError('E-CARD-0016', { step, asked: REQUEST_TYPE[request], got: response.type });
  let cda: CdaVerification | undefined;
  let cryptogram = response.cryptogram;
  if (withCda && response.type !== 'AAC' && s.oda?.method === 'cda' && s.oda.result === 'keys-recovered') {
    cda = verifyCdaSignature({
      iccKey: s.oda.iccKey,
      response: data,
      unpredictableNumber: s.data.value(0x9f37) ?? new Uint8Array(0),
      pdolData: s.pdolData,
      cdol1Data: which === 'first' ? cdolData : (cdol1Data ?? new Uint8Array(0)),
      ...(which === 'second' ? { cdol2Data: cdolData } : {}),
    });
    if (cda.result === 'failed') s.tvr.set('cdaFailed');
    else cryptogram = cda.cryptogram;
  }
  s.data.setCard(response.objects);
  s.data.setTerminal(0x9f27, Uint8Array.of(response.cid));
  s.data.setTerminal(0x9f36, response.atc);
  // Book 2 §6.6.2: after a CDA signature that fails the AC is not recovered, so the record's
  // ICC data carries no 9F26 (not an empty one, nor an earlier GENERATE AC's).
  if (cda?.result === 'failed') s.data.remove(0x9f26);
  else s.data.setTerminal(0x9f26, cryptogram);
  if (response.issuerApplicationData) s.data.setTerminal(0x9f10, response.issuerApplicationData);
  return { response, cryptogram, cdolData, cda };
}
