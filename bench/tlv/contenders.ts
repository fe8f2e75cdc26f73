// Each contender does the same work on the same bytes: decode the whole tree with its
// library's public API, then encode that tree back to bytes with the same library.
// `nodes` counts every object (constructed and primitive) so the run can check that each
// library really walked the tree it claims to have decoded.
import { createRequire } from 'node:module';
import { decodeTlv, encodeTlv, type TlvNode } from '../../src/emv/tlv/index.js';

export interface RoundTrip {
  readonly bytes: Uint8Array;
  readonly nodes: number;
}

export interface Contender {
  readonly name: string;
  /** Prepares the input in the form the library takes; done once, outside the timed loop. */
  prepare(bytes: Uint8Array): unknown;
  roundTrip(input: unknown): RoundTrip;
}

const require = createRequire(import.meta.url);

// node-tlv (coolbong): hex strings throughout; a constructed TLV re-parses its value when built.
interface NodeTlv {
  getTag(): string;
  getValue(encoding: 'buffer'): Buffer;
  getChild(): NodeTlv[];
  getTLV(): string;
  isConstructed: boolean;
}
interface NodeTlvModule {
  new (tag: string, value: string | Buffer): NodeTlv;
  parseList(data: Buffer): NodeTlv[];
}
const NodeTlvLib = require('node-tlv') as NodeTlvModule;

// ber-tlv (eumes): tags as hex strings, values as Buffers, items for constructed objects.
interface BerTlvItem {
  tag: string;
  type: number;
  value: Buffer | null;
  /** null on a primitive object. */
  items: BerTlvItem[] | null;
}
interface BerTlvModule {
  TlvFactory: { parse(data: Buffer): BerTlvItem[]; serialize(items: BerTlvItem[]): Buffer };
}
const BerTlvLib = require('ber-tlv') as BerTlvModule;

function countPosrt(nodes: readonly TlvNode[]): number {
  let n = nodes.length;
  for (const node of nodes) if (node.kind === 'constructed') n += countPosrt(node.children);
  return n;
}

export const posrt: Contender = {
  name: 'posrt',
  prepare: (bytes) => bytes,
  roundTrip(input) {
    const tree = decodeTlv(input as Uint8Array);
    // TlvNode is a TlvInput: the decoded tree goes straight back into the encoder.
    return { bytes: encodeTlv(tree), nodes: countPosrt(tree) };
  },
};

function rebuildNodeTlv(node: NodeTlv): NodeTlv {
  if (!node.isConstructed) return new NodeTlvLib(node.getTag(), node.getValue('buffer'));
  let inner = '';
  for (const child of node.getChild()) inner += rebuildNodeTlv(child).getTLV();
  return new NodeTlvLib(node.getTag(), inner);
}

function countNodeTlv(nodes: readonly NodeTlv[]): number {
  let n = nodes.length;
  for (const node of nodes) n += countNodeTlv(node.getChild());
  return n;
}

export const nodeTlv: Contender = {
  name: 'node-tlv',
  prepare: (bytes) => Buffer.from(bytes),
  roundTrip(input) {
    const tree = NodeTlvLib.parseList(input as Buffer);
    // node-tlv has no tree serialiser: encoding is building each object bottom-up, which is
    // how its README builds templates.
    let hex = '';
    for (const node of tree) hex += rebuildNodeTlv(node).getTLV();
    return { bytes: Buffer.from(hex, 'hex'), nodes: countNodeTlv(tree) };
  },
};

function countBerTlv(nodes: readonly BerTlvItem[]): number {
  let n = nodes.length;
  for (const node of nodes) if (node.items !== null) n += countBerTlv(node.items);
  return n;
}

export const berTlv: Contender = {
  name: 'ber-tlv',
  prepare: (bytes) => Buffer.from(bytes),
  roundTrip(input) {
    const tree = BerTlvLib.TlvFactory.parse(input as Buffer);
    return { bytes: BerTlvLib.TlvFactory.serialize(tree), nodes: countBerTlv(tree) };
  },
};

export const contenders: readonly Contender[] = [posrt, nodeTlv, berTlv];
