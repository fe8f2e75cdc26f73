// Typed bit fields: TVR, TSI, AIP, AUC and the capability bytes set and read by name, so the
// layout lives only in each table file (STYLE.md: tvr.set('transactionExceedsFloorLimit'),
// never tvr[3] |= 0x80 outside the table).
import type { NamedBit } from './named-bit.js';
import { aipBits, type AipBit } from './aip.js';
import { aucBits, type AucBit } from './auc.js';
import { terminalCapabilitiesBits, type TerminalCapabilitiesBit } from './terminal-capabilities.js';
import { additionalTerminalCapabilitiesBits, type AdditionalTerminalCapabilitiesBit } from './additional-terminal-capabilities.js';
import { tsiBits, type TsiBit } from './tsi.js';
import { tvrBits, type TvrBit } from './tvr.js';

export class BitSet<K extends string> {
  private readonly bits: Uint8Array;
  private readonly byKey: ReadonlyMap<string, NamedBit>;

  constructor(
    table: readonly (NamedBit & { readonly key: K })[],
    readonly length: number,
    initial?: Uint8Array,
  ) {
    this.byKey = new Map(table.map((b) => [b.key, b]));
    this.bits = new Uint8Array(length);
    // A value from the card may be shorter or longer than the layout: read what overlaps.
    if (initial) this.bits.set(initial.subarray(0, length));
  }

  set(key: K): this {
    const b = this.bit(key);
    this.bits[b.byte - 1]! |= b.mask;
    return this;
  }

  clear(key: K): this {
    const b = this.bit(key);
    this.bits[b.byte - 1]! &= ~b.mask & 0xff;
    return this;
  }

  has(key: K): boolean {
    const b = this.bit(key);
    return (this.bits[b.byte - 1]! & b.mask) === b.mask;
  }

  /** A copy of the bytes, for a DOL, the journal or a comparison with an action code. */
  value(): Uint8Array {
    return this.bits.slice();
  }

  /** True when any bit set here is also set in `mask` (Book 3 §10.7: TVR against TAC/IAC). */
  intersects(mask: Uint8Array): boolean {
    for (let i = 0; i < this.length; i++) if ((this.bits[i]! & (mask[i] ?? 0)) !== 0) return true;
    return false;
  }

  private bit(key: K): NamedBit {
    const b = this.byKey.get(key);
    // Unreachable through the types; guards a table that lost an entry.
    if (!b) throw new TypeError(`no bit named ${key}`);
    return b;
  }
}

export type Tvr = BitSet<TvrBit>;
export type Tsi = BitSet<TsiBit>;
export type Aip = BitSet<AipBit>;
export type Auc = BitSet<AucBit>;
export type TerminalCapabilities = BitSet<TerminalCapabilitiesBit>;
export type AdditionalTerminalCapabilities = BitSet<AdditionalTerminalCapabilitiesBit>;

export const newTvr = (initial?: Uint8Array): Tvr => new BitSet(tvrBits, 5, initial);
export const newTsi = (initial?: Uint8Array): Tsi => new BitSet(tsiBits, 2, initial);
export const readAip = (value: Uint8Array): Aip => new BitSet(aipBits, 2, value);
export const readAuc = (value: Uint8Array): Auc => new BitSet(aucBits, 2, value);
export const readTerminalCapabilities = (value: Uint8Array): TerminalCapabilities => new BitSet(terminalCapabilitiesBits, 3, value);
export const readAdditionalTerminalCapabilities = (value: Uint8Array): AdditionalTerminalCapabilities =>
  new BitSet(additionalTerminalCapabilitiesBits, 5, value);
