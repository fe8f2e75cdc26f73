// Which card interface a PC/SC reader serves, from its name. PC/SC does not say (Part 3
// reader capabilities are optional and vpcd reports none), so names are matched by rules
// the terminal's configuration may replace: first match wins, no match means contact.
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
