// Nordic UART Service (NUS): a byte pipe over GATT that Bluetooth PIN pads and receipt printers
// offer. The central writes to RX and hears TX notifications. UUIDs as noble spells them
// (lower-case hex, no dashes).
export const NUS_SERVICE = '6e400001b5a3f393e0a9e50e24dcca9e';
/** Written by the central (write or write without response). */
export const NUS_RX = '6e400002b5a3f393e0a9e50e24dcca9e';
/** Notified by the peripheral. */
export const NUS_TX = '6e400003b5a3f393e0a9e50e24dcca9e';

/** Bluetooth Core Vol 3 Part F §3.2.8, §3.4.7.1: an ATT write or notification carries at most
 *  ATT_MTU - 3 bytes (opcode and handle); the MTU is 23 until both sides exchange a larger one. */
export const DEFAULT_ATT_MTU = 23;
export const ATT_HEADER = 3;
