// EMV Book 1 §12.2.3 directory entries (template 61) in a PSE directory record, and EMV Book B
// §3.3.2 directory entries in the PPSE's FCI Issuer Discretionary Data. An entry without a
// usable name (4F or 9D of 5 to 16 bytes) names nothing that can be selected and is skipped.
import type { TlvNode } from '../tlv/index.js';
import { childValue, decodeLabel } from './fields.js';
import { parsePriority, type ApplicationPriority } from './priority.js';

/** Book 1 §12.2.3: an entry names an application (ADF, 4F) or a further directory (DDF, 9D). */
export type PseEntry =
  | {
      readonly kind: 'adf';
      readonly aid: Uint8Array;
      readonly label: string | undefined;
      /** Application Preferred Name (9F12), in the code table the application's FCI names. */
      readonly preferredName: Uint8Array | undefined;
      readonly priority: ApplicationPriority | undefined;
      /** Directory Discretionary Template (73), still encoded. */
      readonly discretionary: Uint8Array | undefined;
    }
  | {
      readonly kind: 'ddf';
      readonly ddfName: Uint8Array;
      readonly discretionary: Uint8Array | undefined;
    };

/** Book B §3.3.2: what the Entry Point needs from each PPSE entry to build its candidates. */
export interface PpseEntry {
  readonly aid: Uint8Array;
  readonly label: string | undefined;
  readonly priority: ApplicationPriority | undefined;
  /** Kernel Identifier (9F2A), 1 to 8 bytes; absent means the kernel follows from the AID. */
  readonly kernelIdentifier: Uint8Array | undefined;
  /** Extended Selection (9F29), appended to the AID when the entry is selected. */
  readonly extendedSelection: Uint8Array | undefined;
}

function isDfName(value: Uint8Array | undefined): value is Uint8Array {
  return value !== undefined && value.length >= 5 && value.length <= 16;
}

function priorityOf(fields: readonly TlvNode[]): ApplicationPriority | undefined {
  const value = childValue(fields, 0x87);
  return value === undefined ? undefined : parsePriority(value);
}

export function parsePseEntry(entry: TlvNode): PseEntry | undefined {
  if (entry.kind !== 'constructed') return undefined;
  const fields = entry.children;
  const aid = childValue(fields, 0x4f);
  if (isDfName(aid)) {
    return {
      kind: 'adf',
      aid,
      label: decodeLabel(childValue(fields, 0x50)),
      preferredName: childValue(fields, 0x9f12),
      priority: priorityOf(fields),
      discretionary: childValue(fields, 0x73),
    };
  }
  const ddfName = childValue(fields, 0x9d);
  if (isDfName(ddfName)) return { kind: 'ddf', ddfName, discretionary: childValue(fields, 0x73) };
  return undefined;
}

export function parsePpseEntry(entry: TlvNode): PpseEntry | undefined {
  if (entry.kind !== 'constructed') return undefined;
  const fields = entry.children;
  const aid = childValue(fields, 0x4f);
  if (!isDfName(aid)) return undefined;
  return {
    aid,
    label: decodeLabel(childValue(fields, 0x50)),
    priority: priorityOf(fields),
    kernelIdentifier: childValue(fields, 0x9f2a),
    extendedSelection: childValue(fields, 0x9f29),
  };
}
