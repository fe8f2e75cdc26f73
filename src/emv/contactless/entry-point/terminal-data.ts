// EMV Contactless Book B §3.4.1 Kernel Activation: the terminal data objects Entry Point makes
// available to the kernel (Book A §5.7 and the kernel books' terminal data), from the terminal
// configuration, overlaid by the combination's own (9F09, a kernel's 9F33 ...), with the
// pre-processed TTQ (9F66) and the AID as the terminal knows it (9F06).
import { fromHex } from '../../../bytes/hex.js';
import type { TerminalConfig } from '../../contact/config.js';
import type { Candidate } from './combination-selection.js';

const digits = (text: string, bytes: number): Uint8Array => fromHex(text.padStart(bytes * 2, '0'));
const ascii = (text: string, bytes: number): Uint8Array => Uint8Array.from(Buffer.from(text.padEnd(bytes).slice(0, bytes), 'ascii'));

export function kernelTerminalData(terminal: TerminalConfig, c: Candidate): Map<number, Uint8Array> {
  const data = new Map<number, Uint8Array>([
    [0x9f1a, digits(terminal.countryCode, 2)],
    [0x5f2a, digits(terminal.currencyCode, 2)],
    [0x5f36, Uint8Array.of(terminal.currencyExponent)],
    [0x9f35, fromHex(terminal.terminalType)],
    [0x9f33, terminal.capabilities],
    [0x9f40, terminal.additionalCapabilities],
    [0x9f1c, ascii(terminal.terminalId, 8)],
    [0x9f16, ascii(terminal.merchantId, 15)],
    [0x9f15, digits(terminal.merchantCategoryCode, 2)],
    [0x9f4e, Uint8Array.from(Buffer.from(terminal.merchantName, 'utf8'))],
    [0x9f06, c.combination.aid],
  ]);
  for (const [tag, value] of c.combination.terminalData) data.set(tag, value);
  if (c.indicators.ttq !== undefined) data.set(0x9f66, c.indicators.ttq);
  return data;
}
