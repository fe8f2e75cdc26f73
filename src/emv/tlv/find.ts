// Lookups over a decoded tree. EMV Book 3 §5.4/§10.2 treat tags as unique within a card
// session's records, so "the first one, depth first" is the answer callers need.
import type { TlvNode } from './node.js';

export function findTag(nodes: readonly TlvNode[], tag: number): TlvNode | undefined {
  for (const node of nodes) {
    if (node.tag === tag) return node;
    if (node.kind === 'constructed') {
      const hit = findTag(node.children, tag);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function findValue(nodes: readonly TlvNode[], tag: number): Uint8Array | undefined {
  return findTag(nodes, tag)?.value;
}

/** Every object with the tag, depth first (e.g. each 61 application template in a PSE record). */
export function findAll(nodes: readonly TlvNode[], tag: number, out: TlvNode[] = []): TlvNode[] {
  for (const node of nodes) {
    if (node.tag === tag) out.push(node);
    if (node.kind === 'constructed') findAll(node.children, tag, out);
  }
  return out;
}

/** Every primitive object, depth first: the flat view a card session's data store needs. */
export function* primitives(nodes: readonly TlvNode[]): Generator<TlvNode & { kind: 'primitive' }> {
  for (const node of nodes) {
    if (node.kind === 'primitive') yield node;
    else yield* primitives(node.children);
  }
}
