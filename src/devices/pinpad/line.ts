// The PIN pad's serial line: the shared serial line (src/devices/serial) at the pad's speed,
// with the pad's codes for a port that cannot be opened and a line that is lost.
import { serialLineOpener, type LineOpener, type SerialLine } from '../serial/index.js';

export type PinPadLine = SerialLine;
export type { LineOpener };

export const BAUD_RATE = 115_200;

export const openSerialLine: LineOpener = serialLineOpener({ baudRate: BAUD_RATE, openFailed: 'E-PINPAD-0003', lost: 'E-PINPAD-0004' });
