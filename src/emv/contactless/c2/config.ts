// EMV Contactless Book C-2 Annex A (configuration data objects) as Kernel 2 reads them from the
// AID × kernel entry Entry Point hands over (`kernelConfig`). Each value may be named by its
// C-2 tag ('DF8123') or by the name below ('readerContactlessFloorLimit'); amounts are minor
// units (a digit string, a number or n12 hex), bytes are hex strings.
import { fromHex } from '../../../bytes/hex.js';
import { PosError } from '../../../errors/index.js';

export interface C2Config {
  /** DF8123 Reader Contactless Floor Limit. */
  readonly floorLimit: bigint;
  /** DF8126 Reader CVM Required Limit. */
  readonly cvmRequiredLimit: bigint;
  /** DF8124 Reader Contactless Transaction Limit (No On-device CVM). */
  readonly transactionLimitNoOnDeviceCvm: bigint;
  /** DF8125 Reader Contactless Transaction Limit (On-device CVM). */
  readonly transactionLimitOnDeviceCvm: bigint;
  /** DF8118 CVM Capability – CVM Required: Terminal Capabilities byte 2 above the CVM limit. */
  readonly cvmCapabilityCvmRequired: number;
  /** DF8119 CVM Capability – No CVM Required: Terminal Capabilities byte 2 up to the CVM limit. */
  readonly cvmCapabilityNoCvmRequired: number;
  /** DF811B Kernel Configuration. */
  readonly kernelConfiguration: KernelConfiguration;
  /** DF8120 / DF8121 / DF8122 Terminal Action Codes. */
  readonly tac: { readonly default: Uint8Array; readonly denial: Uint8Array; readonly online: Uint8Array };
  /** DF812D Message Hold Time, in ms (C-2 counts it in units of 100 ms). */
  readonly messageHoldTimeMs: number;
  /** DF811E / DF812C Mag-stripe CVM Capability – CVM Required / No CVM Required: the CVM a
   *  mag-stripe mode transaction reports above / up to the Reader CVM Required Limit (b8-b5:
   *  0 no CVM, 1 signature, 2 online PIN, F n/a). */
  readonly magStripeCvm: { readonly cvmRequired: MagStripeCvm; readonly noCvmRequired: MagStripeCvm };
  /** DF811A Default UDOL: the COMPUTE CRYPTOGRAPHIC CHECKSUM data when the card has no UDOL. */
  readonly defaultUdol: Uint8Array;
  /** DF8132-DF8137, the relay resistance protocol's times in units of 100 µs as C-2 keeps them. */
  readonly relayResistance: RelayResistanceConfig;
}

export type MagStripeCvm = 'no-cvm' | 'signature' | 'online-pin' | 'n/a';

export interface RelayResistanceConfig {
  /** DF8132 Minimum Relay Resistance Grace Period. */
  readonly minGracePeriod: number;
  /** DF8133 Maximum Relay Resistance Grace Period. */
  readonly maxGracePeriod: number;
  /** DF8134 Terminal Expected Transmission Time For Relay Resistance C-APDU. */
  readonly terminalExpectedCapdu: number;
  /** DF8135 Terminal Expected Transmission Time For Relay Resistance R-APDU. */
  readonly terminalExpectedRapdu: number;
  /** DF8136 Relay Resistance Accuracy Threshold. */
  readonly accuracyThreshold: number;
  /** DF8137 Relay Resistance Transmission Time Mismatch Threshold, percent. */
  readonly mismatchThreshold: number;
}

/** DF811B byte 1 (Book C-2 Annex A): b8 mag-stripe mode not supported, b7 EMV mode not
 *  supported, b6 on device cardholder verification supported, b5 relay resistance supported. */
export interface KernelConfiguration {
  readonly magStripeModeNotSupported: boolean;
  readonly emvModeNotSupported: boolean;
  readonly onDeviceCvmSupported: boolean;
  readonly relayResistanceSupported: boolean;
}

const FIELDS = {
  floorLimit: ['DF8123', 'readerContactlessFloorLimit'],
  cvmRequiredLimit: ['DF8126', 'readerCvmRequiredLimit'],
  transactionLimitNoOnDeviceCvm: ['DF8124', 'readerContactlessTransactionLimitNoOnDeviceCvm'],
  transactionLimitOnDeviceCvm: ['DF8125', 'readerContactlessTransactionLimitOnDeviceCvm'],
  cvmCapabilityCvmRequired: ['DF8118', 'cvmCapabilityCvmRequired'],
  cvmCapabilityNoCvmRequired: ['DF8119', 'cvmCapabilityNoCvmRequired'],
  kernelConfiguration: ['DF811B', 'kernelConfiguration'],
  tacDefault: ['DF8120', 'tacDefault'],
  tacDenial: ['DF8121', 'tacDenial'],
  tacOnline: ['DF8122', 'tacOnline'],
  messageHoldTime: ['DF812D', 'messageHoldTime'],
  magStripeCvmCapabilityCvmRequired: ['DF811E', 'magStripeCvmCapabilityCvmRequired'],
  magStripeCvmCapabilityNoCvmRequired: ['DF812C', 'magStripeCvmCapabilityNoCvmRequired'],
  defaultUdol: ['DF811A', 'defaultUdol'],
  minRelayResistanceGracePeriod: ['DF8132', 'minRelayResistanceGracePeriod'],
  maxRelayResistanceGracePeriod: ['DF8133', 'maxRelayResistanceGracePeriod'],
  terminalExpectedTransmissionTimeCapdu: ['DF8134', 'terminalExpectedTransmissionTimeCapdu'],
  terminalExpectedTransmissionTimeRapdu: ['DF8135', 'terminalExpectedTransmissionTimeRapdu'],
  relayResistanceAccuracyThreshold: ['DF8136', 'relayResistanceAccuracyThreshold'],
  relayResistanceTransmissionTimeMismatchThreshold: ['DF8137', 'relayResistanceTransmissionTimeMismatchThreshold'],
} as const;

/** n12 holds at most twelve digits: an absent transaction limit is no limit. */
const NO_LIMIT = 999_999_999_999n;
const ZERO_TAC = '0000000000';
/** Book C-2 Annex A: Message Hold Time default '000013' (1.3 s). */
const DEFAULT_HOLD = '000013';
/** Book C-2 Annex A defaults: Default UDOL '9F6A04' (the Unpredictable Number (Numeric)), the
 *  mag-stripe CVM capabilities 'F0' (n/a), and the relay resistance times (100 µs units):
 *  grace periods 2 ms and 5 ms, expected transmission times 1.8 ms (C-APDU) and 2.4 ms
 *  (R-APDU), accuracy threshold 30 ms, mismatch threshold 50 %. */
const DEFAULT_UDOL = '9F6A04';
const MAG_STRIPE_CVM_NA = 'F0';
const MAG_STRIPE_CVM: Readonly<Record<number, MagStripeCvm>> = { 0x0: 'no-cvm', 0x1: 'signature', 0x2: 'online-pin', 0xf: 'n/a' };

type Raw = Readonly<Record<string, unknown>>;

/** Every tag and name the kernel reads: anything else is a typo that would silently leave a
 *  limit or a TAC at its default. */
const KNOWN = new Set<string>(Object.values(FIELDS).flat());

export function parseC2Config(raw: Raw): C2Config {
  const unknown = Object.keys(raw).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) throw new PosError('E-CTLS-0209', { field: unknown, expected: 'a Book C-2 configuration tag or name' });
  const kc = byteField(raw, 'kernelConfiguration', '00');
  return {
    floorLimit: amountField(raw, 'floorLimit', 0n),
    // Absent, every amount needs a CVM: the safe side.
    cvmRequiredLimit: amountField(raw, 'cvmRequiredLimit', 0n),
    transactionLimitNoOnDeviceCvm: amountField(raw, 'transactionLimitNoOnDeviceCvm', NO_LIMIT),
    transactionLimitOnDeviceCvm: amountField(raw, 'transactionLimitOnDeviceCvm', NO_LIMIT),
    cvmCapabilityCvmRequired: byteField(raw, 'cvmCapabilityCvmRequired', '00'),
    cvmCapabilityNoCvmRequired: byteField(raw, 'cvmCapabilityNoCvmRequired', '08'),
    kernelConfiguration: {
      magStripeModeNotSupported: (kc & 0x80) !== 0,
      emvModeNotSupported: (kc & 0x40) !== 0,
      onDeviceCvmSupported: (kc & 0x20) !== 0,
      relayResistanceSupported: (kc & 0x10) !== 0,
    },
    tac: { default: tacField(raw, 'tacDefault'), denial: tacField(raw, 'tacDenial'), online: tacField(raw, 'tacOnline') },
    messageHoldTimeMs: Number(bcd(hexField(raw, 'messageHoldTime', DEFAULT_HOLD, 3), 'messageHoldTime')) * 100,
    magStripeCvm: {
      cvmRequired: magStripeCvm(raw, 'magStripeCvmCapabilityCvmRequired'),
      noCvmRequired: magStripeCvm(raw, 'magStripeCvmCapabilityNoCvmRequired'),
    },
    defaultUdol: hexField(raw, 'defaultUdol', DEFAULT_UDOL, 3),
    relayResistance: {
      minGracePeriod: u16Field(raw, 'minRelayResistanceGracePeriod', '0014'),
      maxGracePeriod: u16Field(raw, 'maxRelayResistanceGracePeriod', '0032'),
      terminalExpectedCapdu: u16Field(raw, 'terminalExpectedTransmissionTimeCapdu', '0012'),
      terminalExpectedRapdu: u16Field(raw, 'terminalExpectedTransmissionTimeRapdu', '0018'),
      accuracyThreshold: u16Field(raw, 'relayResistanceAccuracyThreshold', '012C'),
      mismatchThreshold: byteField(raw, 'relayResistanceTransmissionTimeMismatchThreshold', '32'),
    },
  };
}

const AMOUNT_FIELDS: ReadonlySet<keyof typeof FIELDS> = new Set(['floorLimit', 'cvmRequiredLimit', 'transactionLimitNoOnDeviceCvm', 'transactionLimitOnDeviceCvm'] as const);

/** The configuration as the C-2 data objects it names (amounts as n12, the rest as the hex
 *  given), in FIELDS order: how a reader's configuration travels in the backend's
 *  ContactlessTable. Checked by parseC2Config first, so a typo is refused here too. */
export function c2ConfigObjects(raw: Raw): { readonly tag: number; readonly value: Uint8Array }[] {
  parseC2Config(raw);
  return (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).flatMap((field) => {
    const v = lookup(raw, field);
    if (v === undefined) return [];
    // parseC2Config checked every non-amount value is a hex string of its length.
    const value = AMOUNT_FIELDS.has(field) ? fromHex(amountField(raw, field, 0n).toString().padStart(12, '0')) : fromHex(v as string);
    return [{ tag: Number.parseInt(FIELDS[field][0], 16), value }];
  });
}

function lookup(raw: Raw, field: keyof typeof FIELDS): unknown {
  const [tag, name] = FIELDS[field];
  return raw[tag] ?? raw[name];
}

function invalid(field: keyof typeof FIELDS, expected: string): never {
  throw new PosError('E-CTLS-0209', { field: FIELDS[field][1], tag: FIELDS[field][0], expected });
}

function hexField(raw: Raw, field: keyof typeof FIELDS, fallback: string, length: number): Uint8Array {
  const v = lookup(raw, field) ?? fallback;
  if (typeof v !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(v) || v.length !== length * 2) invalid(field, `${length} bytes of hex`);
  return fromHex(v);
}

function byteField(raw: Raw, field: keyof typeof FIELDS, fallback: string): number {
  return hexField(raw, field, fallback, 1)[0]!;
}

function u16Field(raw: Raw, field: keyof typeof FIELDS, fallback: string): number {
  const v = hexField(raw, field, fallback, 2);
  return (v[0]! << 8) | v[1]!;
}

function magStripeCvm(raw: Raw, field: 'magStripeCvmCapabilityCvmRequired' | 'magStripeCvmCapabilityNoCvmRequired'): MagStripeCvm {
  return MAG_STRIPE_CVM[byteField(raw, field, MAG_STRIPE_CVM_NA) >> 4] ?? invalid(field, "b8-b5 '0' no CVM, '1' signature, '2' online PIN or 'F' n/a");
}

function tacField(raw: Raw, field: 'tacDefault' | 'tacDenial' | 'tacOnline'): Uint8Array {
  return hexField(raw, field, ZERO_TAC, 5);
}

/** Amounts: a bigint, a safe integer, a string of up to twelve digits (minor units). */
function amountField(raw: Raw, field: keyof typeof FIELDS, fallback: bigint): bigint {
  const v = lookup(raw, field);
  if (v === undefined) return fallback;
  if (typeof v === 'bigint' && v >= 0n) return v;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^\d{1,12}$/.test(v)) return BigInt(v);
  return invalid(field, 'minor units (up to 12 digits)');
}

function bcd(value: Uint8Array, field: keyof typeof FIELDS): bigint {
  const digits = Buffer.from(value).toString('hex');
  if (!/^\d+$/.test(digits)) invalid(field, 'BCD digits');
  return BigInt(digits);
}
