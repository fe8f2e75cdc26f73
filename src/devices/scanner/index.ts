// src/devices/scanner entry point: barcode / QR scanners on a serial line or as a keyboard wedge.
export { ScannerDiscovery, openScannerLine, BAUD_RATE, type ScannerDiscoveryOptions } from './discovery.js';
export { SerialScanner, MAX_CODE_LENGTH, DEFAULT_SETTINGS, SERIAL_INPUT, type ScannerSettings, type ScannerInput } from './serial-scanner.js';
export { scannedCode, type ScannedCode, type SymbologyIds } from './scan-payload.js';
export { KeyboardWedgeDiscovery, wedgeInput, type KeyboardWedgeDiscoveryOptions } from './keyboard-wedge.js';
export { openInputEventLine } from './input-event-line.js';
export { KeyboardDecoder } from './keyboard-decoder.js';
