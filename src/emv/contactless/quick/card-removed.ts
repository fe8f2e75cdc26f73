// EMV Contactless Book A §6.2 / Book C-3 §5.1: a card that leaves the field before the kernel
// is done is a communication error, ended with Try Again rather than a fault. The transports
// say so with their own codes: the in-process virtual card (E-EMU-0001) and pcscd (E-PCSC-0003).
import { isPosError, type PosError } from '../../../errors/index.js';

export function isCardRemoved(e: unknown): e is PosError {
  return isPosError(e, 'E-EMU-0001') || isPosError(e, 'E-PCSC-0003');
}
