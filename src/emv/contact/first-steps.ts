// EMV Book 3 §10.1 Initiate Application Processing and §10.2 Read Application Data, for the
// application final selection chose.
import { exchange, getProcessingOptionsCommand, SW, swHex } from '../apdu/index.js';
import { readAip } from '../dictionary/index.js';
import { buildDolData, parseDol } from '../dol/index.js';
import { parseGpoResponse, readAflRecords, type AflEntry, type OdaRecords } from '../records/index.js';
import type { AdfFci } from '../selection/index.js';
import { PosError } from '../../errors/index.js';
import { decodeTlvLenient, type TlvNode } from '../tlv/index.js';
import type { Session } from './session.js';

export type InitiateResult =
  | { readonly kind: 'initiated'; readonly afl: readonly AflEntry[] }
  /** 6985: Book 3 §10.1 sends the terminal back to selection without this application. */
  | { readonly kind: 'conditions-not-satisfied' };

export async function initiateApplicationProcessing(s: Session, fci: AdfFci): Promise<InitiateResult> {
  s.data.setCard(fci.tlv);
  const pdol = fci.pdol ? parseDol(fci.pdol) : [];
  s.pdolData = buildDolData(pdol, s.data);
  const { data, sw } = await exchange(s.card, getProcessingOptionsCommand(s.pdolData));
  if (sw === SW.conditionsNotSatisfied) return { kind: 'conditions-not-satisfied' };
  if (sw !== SW.ok) throw new PosError('E-CARD-0013', { step: 'gpo', sw: swHex(sw) });
  const gpo = parseGpoResponse(data);
  // Book 3 §10.2: a contact transaction cannot go on without an AFL.
  if (gpo.afl === undefined) throw new PosError('E-CARD-0009', { step: 'gpo', reason: 'no AFL' });
  s.aip = readAip(gpo.aip);
  s.data.addRecordObjects(gpo.data, 'gpo');
  // Format 1 carries the AIP bare; CDOLs and the acquirer's data name it by tag.
  if (gpo.format === 1) s.data.setTerminal(0x82, gpo.aip);
  return { kind: 'initiated', afl: gpo.afl };
}

/** Mandatory data (Book 3 §7.2): without these no EMV transaction can complete. */
const MANDATORY = [0x5f24, 0x5a, 0x8c, 0x8d] as const;

export async function readApplicationData(s: Session, afl: readonly AflEntry[]): Promise<OdaRecords> {
  const { records, oda } = await readAflRecords(s.card, afl);
  for (const r of records) {
    if (r.kind === 'template') s.data.addRecordObjects(r.tlv, 'read-application-data');
    // SFI 11-30 hold the issuer's own formats; one that is a 70 template (certificates, 9F4A
    // on some cards) still feeds the store ODA reads from.
    else {
      const template = proprietaryTemplate(r.data);
      if (template) s.data.addRecordObjects(template, 'read-application-data');
    }
  }
  for (const tag of MANDATORY) s.data.require(tag, 'read-application-data');
  return oda;
}

function proprietaryTemplate(data: Uint8Array): readonly TlvNode[] | undefined {
  const { nodes, problems } = decodeTlvLenient(data);
  const top = nodes[0];
  return problems.length === 0 && nodes.length === 1 && top?.tag === 0x70 && top.kind === 'constructed' ? top.children : undefined;
}
