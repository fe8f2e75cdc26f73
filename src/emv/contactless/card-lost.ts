// EMV Contactless Book A §6.2 / Book C-2 S4.6 / Book C-3 §5.1, for every kernel: a card that leaves the field before the kernel
// is done is a communication error (an L1 transmission, protocol or time-out error), ended with
// Try Again rather than a fault. The transports say so with their own codes: the in-process
// virtual card (E-EMU-0001); pcscd with the card seen gone (E-PCSC-0003), or, when the card
// left before pcscd's next presence poll, as a failed exchange (E-PCSC-0005) or an answer
// without a status word (E-PCSC-0008); a session that timed out or failed below PC/SC
// (E-DEV-0004, E-DEV-0009); and the APDU layer's failed exchange (E-CARD-0002).
import type { ErrorCode, PosError } from '../../errors/index.js';

const COMMUNICATION_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E-EMU-0001', 'E-PCSC-0003', 'E-PCSC-0005', 'E-PCSC-0008', 'E-DEV-0004', 'E-DEV-0009', 'E-CARD-0002']);

export function isCardLost(e: PosError): boolean {
  return COMMUNICATION_ERRORS.has(e.code);
}
