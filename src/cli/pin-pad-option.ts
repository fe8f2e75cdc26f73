// The PIN pad `pos txn` hands the kernel: the serial pad on `--pinpad PATH` (a tty, or the
// emulator's pty link), its PINs enciphered under DUKPT slot `--pin-slot` in ISO 9564 format
// `--pin-format`; without --pinpad, the in-process keyed pad with `--pin`. The pad's faults (a
// lost line, silence, no key) go to stderr with their code while the transaction carries on.
import { connect, openSerialLine, SerialPinPad } from '../devices/pinpad/index.js';
import type { PinPadPort } from '../emv/cvm/index.js';
import { keyedPinPad } from '../emulators/pinpad/keyed-pin-pad.js';
import { PosError } from '../errors/index.js';
import type { PinBlockFormat } from '../kernel/index.js';
import { DEFAULT_PIN_ENTRY, pinPadPort } from '../payment/pin-pad-port.js';

/** The flags, as parseVerbArgs gives them. */
export interface PinPadFlags {
  readonly pin?: string | undefined;
  readonly pinpad?: string | undefined;
  readonly 'pin-slot'?: string | undefined;
  readonly 'pin-format'?: string | undefined;
}

export const PIN_PAD_OPTIONS = {
  pinpad: { type: 'string' },
  'pin-slot': { type: 'string' },
  'pin-format': { type: 'string' },
} as const;

const FORMATS: readonly PinBlockFormat[] = ['iso0', 'iso1', 'iso3', 'iso4'];

export interface OpenedPinPad {
  readonly port: PinPadPort;
  close(): Promise<void>;
}

const bad = (reason: string) => new PosError('E-CORE-0001', { verb: 'txn', reason });

export async function openPinPad(flags: PinPadFlags, sale: { amount: bigint; currency: { code: string; exponent: number } }): Promise<OpenedPinPad> {
  if (flags.pinpad === undefined) {
    if (flags['pin-slot'] !== undefined || flags['pin-format'] !== undefined) throw bad('--pin-slot and --pin-format need --pinpad');
    return { port: keyedPinPad(flags.pin), close: async () => undefined };
  }
  // The cardholder types the PIN on the pad; a PIN on the command line would bypass it.
  if (flags.pin !== undefined) throw bad('--pin is for the keyed pad; with --pinpad the PIN is typed on the pad');
  const slot = flags['pin-slot'] ?? String(DEFAULT_PIN_ENTRY.keySlot);
  if (!/^\d{1,3}$/.test(slot) || Number(slot) > 0xff) throw bad('--pin-slot is a key slot 0-255');
  const format = (flags['pin-format'] ?? DEFAULT_PIN_ENTRY.format) as PinBlockFormat;
  if (!FORMATS.includes(format)) throw bad(`--pin-format is one of ${FORMATS.join(', ')}`);
  const pad = new SerialPinPad(await connect(flags.pinpad, openSerialLine), openSerialLine);
  try {
    const port = pinPadPort(pad, { ...DEFAULT_PIN_ENTRY, ...sale, keySlot: Number(slot), format }, (error) => process.stderr.write(`PIN pad: ${error.message}\n`));
    return { port, close: () => pad.close() };
  } catch (error) {
    await pad.close();
    throw error;
  }
}
