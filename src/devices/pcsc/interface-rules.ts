// Which card interface a PC/SC reader serves, from its name. PC/SC does not say (Part 3
// reader capabilities are optional and vpcd reports none), so names are matched by rules
// the terminal's configuration may replace: first match wins, no match means contact.
import { PosError } from '../../errors/index.js';
import type { CardInterface } from '../../kernel/index.js';

export interface InterfaceRule {
  readonly pattern: RegExp;
  readonly interface: CardInterface;
}

export const DEFAULT_INTERFACE_RULES: readonly InterfaceRule[] = [
  // "ACS ACR122U PICC Interface", "... Contactless Reader", "... CL Reader", and the second
  // vpcd slot, which posrt's emulated hardware uses as its contactless reader.
  { pattern: /contactless|PICC|\bCL\b|Virtual PCD 00 01/i, interface: 'contactless' },
];

export function interfaceOf(readerName: string, rules: readonly InterfaceRule[]): CardInterface {
  return rules.find((r) => r.pattern.test(readerName))?.interface ?? 'contact';
}

const INTERFACES: readonly CardInterface[] = ['contact', 'contactless', 'both'];

/** A rule from its parts; `field` names where they came from in the source, for the error. */
function rule(match: unknown, iface: unknown, where: { source: Record<string, string>; field: string }): InterfaceRule {
  if (typeof match !== 'string' || match === '') throw new PosError('E-CORE-0003', { ...where.source, field: `${where.field}.match`, expected: 'a regular expression' });
  let pattern: RegExp;
  try {
    // Case-insensitive: vendors spell the same reader "PICC" and "Picc".
    pattern = new RegExp(match, 'i');
  } catch (e) {
    throw new PosError('E-CORE-0003', { ...where.source, field: `${where.field}.match`, expected: 'a regular expression' }, { cause: e });
  }
  if (typeof iface !== 'string' || !INTERFACES.includes(iface as CardInterface)) {
    throw new PosError('E-CORE-0003', { ...where.source, field: `${where.field}.interface`, expected: INTERFACES.join('|') });
  }
  return { pattern, interface: iface as CardInterface };
}

/**
 * The reader rules file (config/readers.json):
 * `{ "interfaces": [{ "match": "PICC|Contactless", "interface": "contactless" }, ...] }`.
 * `match` is a regular expression tried case-insensitively against the PC/SC reader name,
 * in order; the list replaces DEFAULT_INTERFACE_RULES. A bad entry is E-CORE-0003 naming
 * the file and the field (`interfaces[1].interface`).
 */
export function parseInterfaceRules(json: unknown, file: string): InterfaceRule[] {
  const list = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { interfaces?: unknown }).interfaces : undefined;
  if (!Array.isArray(list)) throw new PosError('E-CORE-0003', { file, field: 'interfaces', expected: 'a list of { match, interface }' });
  return list.map((item: unknown, i) => {
    const field = `interfaces[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new PosError('E-CORE-0003', { file, field, expected: '{ match, interface }' });
    const entry = item as { match?: unknown; interface?: unknown };
    return rule(entry.match, entry.interface, { source: { file }, field });
  });
}

/**
 * The same rules in one environment variable (POSRT_READER_INTERFACES), for a test bench or
 * a one-off: `PATTERN=INTERFACE` pairs separated by `;`, split at the last `=`, e.g.
 * `Virtual PCD 00 00=contactless;PICC=contactless`. An empty value means no rules (every
 * reader contact).
 */
export function parseInterfaceRulesText(text: string, variable: string): InterfaceRule[] {
  if (text.trim() === '') return [];
  return text.split(';').map((item, i) => {
    const at = item.lastIndexOf('=');
    const field = `rules[${i}]`;
    if (at < 0) throw new PosError('E-CORE-0003', { variable, field, expected: 'PATTERN=contact|contactless|both' });
    return rule(item.slice(0, at).trim(), item.slice(at + 1).trim(), { source: { variable }, field });
  });
}
