// The device kernel's public surface: capabilities, the registry, card sessions, logging.
export type { DeviceKind, DeviceIdentity, DeviceHealth, DeviceEvents, Device } from './device.js';
export { HEALTH_OK, sameHealth } from './device.js';
export type { EventMap, Listener, Subscribable } from './events.js';
export { TypedEmitter } from './events.js';
export type {
  CardInterface,
  CardProtocol,
  CardPresence,
  CardReaderEvents,
  TransmitOptions,
  SessionEnd,
  CardSession,
  CardReader,
} from './card-reader.js';
export { ManagedCardSession, type SessionLink, type ManagedSessionOptions } from './card-session.js';
export type {
  PinBlockFormat,
  OnlinePinRequest,
  OnlinePinResult,
  ApduRelay,
  OfflinePinRequest,
  OfflinePinResult,
  PinPadPrompt,
  PinPadEvents,
  PinPad,
} from './pin-pad.js';
export type { PrintAlign, PrintCell, PrintLine, PrintJob, PaperState, PrinterStatus, PrintOutcome, PrinterEvents, Printer } from './printer.js';
export type { DisplayScreen, DisplayInput, DisplayEvents, Display } from './display.js';
export type { Symbology, ScannerEvents, Scanner } from './scanner.js';
export { Sealed, type TrackRead, type SwipedCard, type SwipeEvent, type SwipePolicy, type MagStripeEvents, type MagStripe } from './mag-stripe.js';
export {
  DeviceRegistry,
  type CapabilityByKind,
  type AnyDevice,
  type DiscoverySink,
  type DiscoveryProvider,
  type RegistryEvents,
  type DeviceRegistryOptions,
} from './registry.js';
export { createLogger, scrubJsonStrings, maskPanWindows, luhnValid, SENSITIVE_FIELDS, type Logger, type LoggerOptions } from './log.js';
