// src/devices/pinpad entry point: the serial PIN pad (docs/protocols/pinpad.md).
export { PinPadDiscovery, type PinPadDiscoveryOptions } from './discovery.js';
export { SerialPinPad } from './serial-pin-pad.js';
export { connect, PROTOCOL_VERSION, type Connection } from './connect.js';
export { PinPadClient, type Answer, type RequestOptions, type ClientOptions } from './client.js';
export { openSerialLine, type PinPadLine, type LineOpener } from './line.js';
export type { DeviceInfo } from './commands.js';
