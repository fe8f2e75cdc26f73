// The data of one card session: what the card returned (FCI, GPO, records, GENERATE AC) and
// what the terminal supplies, by tag. Book 3 §10.2: a data object the card returns twice in
// GPO and records ends the transaction; §5.4: DOLs are built from here with each tag's format.
// Sensitive values (PAN, track 2) live here only for the session: completion hands on what the
// outcome needs, masked or as the acquirer's data, and this store is dropped.
import { PosError } from '../../errors/index.js';
import { lookupTag } from '../dictionary/index.js';
import type { DolSource, DolValue } from '../dol/index.js';
import { checkRecordObject } from './data-format.js';
import { primitives, tagToHex, type TlvNode } from '../tlv/index.js';

export class TransactionData implements DolSource {
  private readonly values = new Map<number, Uint8Array>();
  /** Tags the card gave in GPO and READ RECORD, where a repeat is a card fault. */
  private readonly fromRecords = new Set<number>();

  /** `checkFormats`: the contact kernel's Book 3 §10.2 format checks on GPO and record objects
   *  (data-format.ts); the contactless kernels follow their own books and leave it off. */
  constructor(private readonly options: { readonly checkFormats?: boolean } = {}) {}

  setTerminal(tag: number, value: Uint8Array): void {
    this.values.set(tag, value);
  }

  /** A value that no longer holds (a cryptogram a failed CDA signature carried). */
  remove(tag: number): void {
    this.values.delete(tag);
  }

  /** FCI or GENERATE AC objects: later answers replace earlier ones (the second GENERATE AC's ATC). */
  setCard(nodes: readonly TlvNode[]): void {
    for (const node of primitives(nodes)) this.values.set(node.tag, node.value);
  }

  /** GPO format 2 and record objects; a tag seen twice is E-CARD-0017; with checkFormats a
   *  malformed one is E-CARD-0012 or left out (data-format.ts). */
  addRecordObjects(nodes: readonly TlvNode[], step: string): void {
    for (const node of primitives(nodes)) {
      if (this.fromRecords.has(node.tag)) throw new PosError('E-CARD-0017', { step, tag: tagToHex(node.tag) });
      this.fromRecords.add(node.tag);
      if (this.options.checkFormats !== true || checkRecordObject(node.tag, node.value, step)) this.values.set(node.tag, node.value);
    }
  }

  value(tag: number): Uint8Array | undefined {
    return this.values.get(tag);
  }

  require(tag: number, step: string): Uint8Array {
    const v = this.values.get(tag);
    if (v === undefined) throw new PosError('E-CARD-0018', { step, tag: tagToHex(tag) });
    return v;
  }

  get(tag: number): DolValue | undefined {
    const value = this.values.get(tag);
    const format = lookupTag(tag)?.format;
    return { ...(value ? { value } : {}), ...(format ? { format } : {}) };
  }

  /** A read-only view for the steps that take the card's data as a map (ODA, CVM). */
  asMap(): ReadonlyMap<number, Uint8Array> {
    return this.values;
  }
}
