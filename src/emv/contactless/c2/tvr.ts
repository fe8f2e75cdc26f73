// EMV Contactless Book C-2 Annex A: Kernel 2's Terminal Verification Results. Bytes 1-4 and
// byte 5 b8-b5 are Book 3's (Annex C5); byte 5 b4-b1 are the relay resistance protocol's, where
// EMV 4.4 has its ECC bits and the bits it reserves for the contactless specifications:
//   b4 relay resistance threshold exceeded, b3 relay resistance time limits exceeded,
//   b2-b1 relay resistance performance: 00 RRP not supported, 01 RRP not performed,
//   10 RRP performed.
// The shared steps (restrictions, CVM, floor limit, action analysis, CDA) take it as a Tvr: they
// set and read bytes 1-5 b5 by Book 3's names, which are the same bits here.
import { BitSet, tvrBits, type NamedBit, type TvrBit } from '../../dictionary/index.js';

const RELAY_RESISTANCE_BITS = [
  { key: 'relayResistanceThresholdExceeded', byte: 5, mask: 0x08, name: 'Relay resistance threshold exceeded' },
  { key: 'relayResistanceTimeLimitsExceeded', byte: 5, mask: 0x04, name: 'Relay resistance time limits exceeded' },
  { key: 'relayResistancePerformed', byte: 5, mask: 0x02, name: 'Relay resistance performance: RRP performed (10)' },
  { key: 'relayResistanceNotPerformed', byte: 5, mask: 0x01, name: 'Relay resistance performance: RRP not performed (01)' },
] as const satisfies readonly NamedBit[];

export type C2TvrBit = TvrBit | (typeof RELAY_RESISTANCE_BITS)[number]['key'];

const c2TvrBits: readonly (NamedBit & { readonly key: C2TvrBit })[] = [...tvrBits.filter((b) => b.byte !== 5 || b.mask > 0x08), ...RELAY_RESISTANCE_BITS];

export type C2Tvr = BitSet<C2TvrBit>;

export const newC2Tvr = (): C2Tvr => new BitSet(c2TvrBits, 5);
