// EMV Book 1 §11.3.4 File Control Information returned by SELECT: template 6F holding the DF
// name (84) and the proprietary template A5. For a DDF such as the PSE, A5 holds the SFI of the
// directory (88, 1 to 10 per Book 1 §12.2); for an application (ADF) it holds the label, priority,
// PDOL and the rest. A missing 6F, 84, A5 or 88 is E-CARD-0006.
import { PosError } from '../../errors/index.js';
import { decodeResponseTlv } from '../apdu/index.js';
import type { TlvNode } from '../tlv/index.js';
import { child, childrenOf, childValue, decodeLabel, parseCodeTableIndex, parseLanguages } from './fields.js';
import { parsePriority, type ApplicationPriority } from './priority.js';

export interface DdfFci {
  readonly dfName: Uint8Array;
  /** SFI of the directory elementary file, 1 to 10. */
  readonly sfi: number;
  readonly languages: readonly string[] | undefined;
  readonly issuerCodeTableIndex: number | undefined;
  /** FCI Issuer Discretionary Data (BF0C), decoded. */
  readonly discretionary: readonly TlvNode[];
}

export interface AdfFci {
  /** The application's DF name (84): its full AID, which may extend the AID selected. */
  readonly dfName: Uint8Array;
  readonly label: string | undefined;
  readonly priority: ApplicationPriority | undefined;
  /** PDOL (9F38), still encoded: parseDol it when building GET PROCESSING OPTIONS. */
  readonly pdol: Uint8Array | undefined;
  readonly languages: readonly string[] | undefined;
  readonly issuerCodeTableIndex: number | undefined;
  /** Application Preferred Name (9F12), in the ISO/IEC 8859 part the code table index names. */
  readonly preferredName: Uint8Array | undefined;
  readonly discretionary: readonly TlvNode[];
  /** Every object of the FCI, for the card session's data store. */
  readonly tlv: readonly TlvNode[];
}

interface FciParts {
  readonly dfName: Uint8Array;
  readonly proprietary: readonly TlvNode[];
  readonly tlv: readonly TlvNode[];
}

/** Template 6F with 84 and A5: the part every FCI shares. */
export function parseFciTemplate(data: Uint8Array, step: string): FciParts {
  const tlv = decodeResponseTlv(data, 'E-CARD-0006', { step });
  const template = tlv[0];
  if (template?.tag !== 0x6f || template.kind !== 'constructed') throw new PosError('E-CARD-0006', { step, reason: 'no FCI template', tag: '6F' });
  const dfName = childValue(template.children, 0x84);
  if (dfName === undefined) throw new PosError('E-CARD-0006', { step, reason: 'no DF name', tag: '84' });
  const a5 = child(template.children, 0xa5);
  if (a5?.kind !== 'constructed') throw new PosError('E-CARD-0006', { step, reason: 'no FCI proprietary template', tag: 'A5' });
  return { dfName, proprietary: a5.children, tlv };
}

export function parseDdfFci(data: Uint8Array, step = 'select-ddf'): DdfFci {
  const { dfName, proprietary } = parseFciTemplate(data, step);
  const sfi = childValue(proprietary, 0x88);
  const sfiNumber = sfi?.length === 1 ? sfi[0]! : 0;
  if (sfiNumber < 1 || sfiNumber > 10) throw new PosError('E-CARD-0006', { step, reason: 'directory SFI missing or not 1 to 10', tag: '88' });
  return {
    dfName,
    sfi: sfiNumber,
    languages: parseLanguages(childValue(proprietary, 0x5f2d)),
    issuerCodeTableIndex: parseCodeTableIndex(childValue(proprietary, 0x9f11)),
    discretionary: childrenOf(child(proprietary, 0xbf0c)),
  };
}

export function parseAdfFci(data: Uint8Array, step = 'select-application'): AdfFci {
  const { dfName, proprietary, tlv } = parseFciTemplate(data, step);
  const priority = childValue(proprietary, 0x87);
  return {
    dfName,
    label: decodeLabel(childValue(proprietary, 0x50)),
    priority: priority === undefined ? undefined : parsePriority(priority),
    pdol: childValue(proprietary, 0x9f38),
    languages: parseLanguages(childValue(proprietary, 0x5f2d)),
    issuerCodeTableIndex: parseCodeTableIndex(childValue(proprietary, 0x9f11)),
    preferredName: childValue(proprietary, 0x9f12),
    discretionary: childrenOf(child(proprietary, 0xbf0c)),
    tlv,
  };
}
