// src/devices/display entry point: the serial pole display (Epson DM-D command set).
export { DisplayDiscovery, openDisplayLine, BAUD_RATE, type DisplayDiscoveryOptions } from './discovery.js';
export { PoleDisplay, INITIALISE } from './pole-display.js';
export { screenBytes, screenRows } from './screen-bytes.js';
