// src/devices/ble entry point: devices over Bluetooth LE's Nordic UART Service (noble, loaded lazily).
export { BleDiscovery, type BleDiscoveryOptions } from './discovery.js';
export { openNusLine } from './line.js';
export { loadNoble, loadNobleWith, type NobleCentral, type NobleLoader } from './noble.js';
export { NUS_SERVICE, NUS_RX, NUS_TX, DEFAULT_ATT_MTU, ATT_HEADER } from './nus.js';
