// Drives a virtual card (src/emulators/card) through application selection, GET PROCESSING
// OPTIONS and READ RECORD with the library's own modules, and gives what performOda takes.
import { fromHex } from '../../../src/bytes/hex.js';
import { createCard, inProcessTransport, testCaPublicKeys } from '../../../src/emulators/card/index.js';
import { exchange, getProcessingOptionsCommand, type CardTransport } from '../../../src/emv/apdu/index.js';
import { newTsi, newTvr, readAip, readTerminalCapabilities } from '../../../src/emv/dictionary/index.js';
import { buildDolData, DEFAULT_DDOL, parseDol } from '../../../src/emv/dol/index.js';
import { createCaKeyStore, type OdaInput } from '../../../src/emv/oda/index.js';
import { parseGpoResponse, readAflRecords, type OdaRecords } from '../../../src/emv/records/index.js';
import { selectApplication } from '../../../src/emv/selection/index.js';
import { decodeTlv, primitives } from '../../../src/emv/tlv/index.js';

export const TRANSACTION_DATE = fromHex('261123');
export const UNPREDICTABLE_NUMBER = fromHex('11223344');
/** Terminal capabilities E0F8C8: SDA, DDA and CDA (Book 4 Annex A2). */
export const ALL_METHODS = fromHex('E0F8C8');

export const terminalData = new Map<number, { value: Uint8Array }>([
  [0x9f37, { value: UNPREDICTABLE_NUMBER }],
  [0x9f1a, { value: fromHex('0156') }],
  [0x5f2a, { value: fromHex('0156') }],
  [0x9f02, { value: fromHex('000000001000') }],
  [0x9f7a, { value: fromHex('00') }],
  [0x9a, { value: TRANSACTION_DATE }],
  [0x9f35, { value: fromHex('22') }],
]);

export interface CardSession {
  readonly transport: CardTransport;
  readonly card: Map<number, Uint8Array>;
  readonly records: OdaRecords;
  readonly aid: Uint8Array;
  readonly aip: Uint8Array;
  readonly pdolData: Uint8Array;
}

export async function readApplication(profile: string, aidHex: string): Promise<CardSession> {
  const icc = createCard(profile, { interface: 'contact', rng: (n) => new Uint8Array(n).fill(0x42) });
  icc.reset();
  const transport = inProcessTransport(icc);
  const aid = fromHex(aidHex);
  const selection = await selectApplication(transport, aid);
  if (selection.kind !== 'selected') throw new Error(`selection failed: ${selection.kind}`);
  const pdolData = buildDolData(selection.fci.pdol ? parseDol(selection.fci.pdol) : [], terminalData);
  const gpo = await exchange(transport, getProcessingOptionsCommand(pdolData));
  const parsed = parseGpoResponse(gpo.data);
  const read = await readAflRecords(transport, parsed.afl ?? []);
  const card = new Map<number, Uint8Array>([[0x82, parsed.aip]]);
  for (const record of read.records) {
    // SFI 11-30 records come back undecoded; these test cards keep 70 templates there too.
    const tlv = record.kind === 'template' ? record.tlv : decodeTlv(record.data);
    for (const p of primitives(tlv)) card.set(p.tag, p.value);
  }
  return { transport, card, records: read.oda, aid, aip: parsed.aip, pdolData };
}

export function odaInput(session: CardSession, overrides: Partial<OdaInput> = {}): OdaInput {
  return {
    aip: readAip(session.aip),
    terminalCapabilities: readTerminalCapabilities(ALL_METHODS),
    aid: session.aid,
    card: session.card,
    records: session.records,
    transactionDate: TRANSACTION_DATE,
    caKeys: createCaKeyStore(testCaPublicKeys()),
    revoked: [],
    transport: session.transport,
    defaultDdol: DEFAULT_DDOL,
    dolSource: terminalData,
    tvr: newTvr(),
    tsi: newTsi(),
    ...overrides,
  };
}

/** A copy with one byte of `tag`'s value flipped. */
export function tampered(card: ReadonlyMap<number, Uint8Array>, tag: number, at = 10): Map<number, Uint8Array> {
  const copy = new Map(card);
  const value = Uint8Array.from(card.get(tag)!);
  value[at]! ^= 0x01;
  copy.set(tag, value);
  return copy;
}

export function without(card: ReadonlyMap<number, Uint8Array>, tag: number): Map<number, Uint8Array> {
  const copy = new Map(card);
  copy.delete(tag);
  return copy;
}
