// ISO/IEC 7816-3 §12.1.3 (EMV Book 1 §9.4.1): the card's reading of a short C-APDU.
import { commandCase } from '../../emv/apdu/command.js';

export interface Command {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  readonly data: Uint8Array;
}

/** Null when the bytes are no short C-APDU: the card answers that with 6700. */
export function parseCommand(capdu: Uint8Array): Command | null {
  let apduCase: number;
  try {
    apduCase = commandCase(capdu);
  } catch {
    return null;
  }
  const data = apduCase === 3 || apduCase === 4 ? capdu.subarray(5, 5 + capdu[4]!) : new Uint8Array(0);
  return { cla: capdu[0]!, ins: capdu[1]!, p1: capdu[2]!, p2: capdu[3]!, data };
}
