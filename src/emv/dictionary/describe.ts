// A decoded TLV tree described for a person or a machine, as openemv's emv-decode prints it:
// each object with its dictionary name and rendered value. Card data stays masked here, the
// one place every printer of card data goes through: a sensitive object's raw bytes are never
// put in the description unless the caller asked for the PAN in clear.
import { toHex } from '../../bytes/hex.js';
import { tagToHex, type TlvNode } from '../tlv/index.js';
import { tagMeanings } from './lookup.js';
import { renderValue } from './render/render.js';
import type { RenderContext } from './render/types.js';
import type { ValueKind } from './types.js';

export interface DescribedTlv {
  readonly tag: string;
  /** Dictionary name; several joined by " / " where schemes give the tag different meanings. */
  readonly name: string | null;
  readonly length: number;
  /** Raw value in hex; absent for templates and for withheld card data. */
  readonly hex?: string;
  readonly text: string;
  readonly bits?: readonly string[];
  readonly entries?: readonly string[];
  readonly children?: readonly DescribedTlv[];
}

const SENSITIVE: ReadonlySet<ValueKind> = new Set(['pan', 'track1', 'track2', 'withheld']);

export function describeTlv(nodes: readonly TlvNode[], context: RenderContext = {}): DescribedTlv[] {
  return nodes.map((node) => describeNode(node, { ...currencyFrom(nodes), ...context }));
}

function describeNode(node: TlvNode, context: RenderContext): DescribedTlv {
  const meanings = tagMeanings(node.tag);
  const name = meanings.length === 0 ? null : [...new Set(meanings.map((m) => m.name))].join(' / ');
  const base = { tag: tagToHex(node.tag), name, length: node.value.length };
  if (node.kind === 'constructed') {
    return { ...base, text: `template, ${node.value.length} bytes`, children: node.children.map((c) => describeNode(c, context)) };
  }
  const rendered = renderValue(node.tag, node.value, context);
  const kinds = meanings.map((m) => m.kind);
  const sensitive = kinds.some((k) => k !== undefined && SENSITIVE.has(k));
  const withheld = kinds.includes('withheld');
  const showHex = !sensitive || (context.showPan === true && !withheld);
  return {
    ...base,
    ...(showHex ? { hex: toHex(node.value) } : {}),
    text: sensitive && meanings.length > 1 && !showHex ? 'withheld (card data)' : rendered.text,
    ...(rendered.bits ? { bits: rendered.bits } : {}),
    ...(rendered.entries ? { entries: rendered.entries } : {}),
  };
}

/** Amounts read in the transaction's currency when the same data carries 5F2A / 5F36 / 9F42. */
function currencyFrom(nodes: readonly TlvNode[]): RenderContext {
  const found: { currencyCode?: number; currencyExponent?: number; applicationCurrencyCode?: number } = {};
  const visit = (list: readonly TlvNode[]): void => {
    for (const n of list) {
      if (n.kind === 'constructed') visit(n.children);
      else if (n.tag === 0x5f2a && n.value.length === 2) found.currencyCode = Number.parseInt(toHex(n.value), 10);
      else if (n.tag === 0x5f36 && n.value.length === 1) found.currencyExponent = Number.parseInt(toHex(n.value), 10);
      else if (n.tag === 0x9f42 && n.value.length === 2) found.applicationCurrencyCode = Number.parseInt(toHex(n.value), 10);
    }
  };
  visit(nodes);
  return found;
}

/** The description as an indented tree, one object per line and its bits or entries under it. */
export function formatTlvTree(described: readonly DescribedTlv[], indent = ''): string[] {
  const lines: string[] = [];
  for (const d of described) {
    const head = `${indent}${d.tag} ${d.name ?? '(unknown tag)'} [${d.length}]`;
    if (d.children) {
      lines.push(head);
      lines.push(...formatTlvTree(d.children, indent + '  '));
      continue;
    }
    const items = [...(d.bits ?? []), ...(d.entries ?? [])];
    // A bit field or list reads better one item a line than as the joined sentence.
    const value = items.length > 0 ? (d.hex ?? d.text) : d.hex !== undefined && d.hex !== d.text ? `${d.hex} — ${d.text}` : d.text;
    lines.push(`${head}: ${value}`);
    for (const item of items) lines.push(`${indent}    · ${item}`);
  }
  return lines;
}
