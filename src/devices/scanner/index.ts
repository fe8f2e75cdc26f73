// src/devices/scanner entry point: barcode / QR scanners on a serial line.
export { ScannerDiscovery, openScannerLine, BAUD_RATE, type ScannerDiscoveryOptions } from './discovery.js';
export { SerialScanner, MAX_CODE_LENGTH, DEFAULT_SETTINGS, type ScannerSettings } from './serial-scanner.js';
export { scannedCode, type ScannedCode, type SymbologyIds } from './scan-payload.js';
