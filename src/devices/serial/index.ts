// src/devices/serial entry point: what every serial device family shares.
export { serialLineOpener, type SerialLine, type LineOpener, type SerialLineOptions } from './line.js';
export { SerialDiscovery, type SerialDiscoveryOptions } from './discovery.js';
export { SerialLineDevice } from './line-device.js';
export { LineFramer, type LineFramerOptions, type FramedLine } from './line-framer.js';
