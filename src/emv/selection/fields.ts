// Field readers shared by the FCI and directory parsers (EMV Book 1 §11.3.4, §12.2.3).
import type { TlvNode } from '../tlv/index.js';

/** The first direct child with the tag: FCI fields are looked up one level at a time so a tag
 *  inside BF0C or 73 is never mistaken for the FCI's own. */
export function child(nodes: readonly TlvNode[], tag: number): TlvNode | undefined {
  for (const node of nodes) if (node.tag === tag) return node;
  return undefined;
}

export function childValue(nodes: readonly TlvNode[], tag: number): Uint8Array | undefined {
  return child(nodes, tag)?.value;
}

export function childrenOf(node: TlvNode | undefined): readonly TlvNode[] {
  return node?.kind === 'constructed' ? node.children : [];
}

/** Application Label (50) is ans from the common character set, which is ASCII: one byte, one character. */
export function decodeLabel(value: Uint8Array | undefined): string | undefined {
  return value === undefined ? undefined : Buffer.from(value).toString('latin1');
}

/** Language Preference (5F2D): one to four ISO 639-1 codes, two lowercase letters each. */
export function parseLanguages(value: Uint8Array | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const out: string[] = [];
  for (let i = 0; i + 1 < value.length; i += 2) out.push(String.fromCharCode(value[i]!, value[i + 1]!).toLowerCase());
  return out;
}

/** Issuer Code Table Index (9F11): which ISO/IEC 8859 part the Preferred Name (9F12) uses. */
export function parseCodeTableIndex(value: Uint8Array | undefined): number | undefined {
  return value?.length === 1 ? value[0] : undefined;
}
