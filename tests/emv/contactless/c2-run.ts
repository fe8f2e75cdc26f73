// Whole Kernel 2 transactions in-process: SELECT the Mastercard AID on the virtual card's
// contactless interface as Entry Point would (Book B §3.3), then activate the C-2 kernel with
// the terminal data and a Book C-2 Annex A kernel configuration.
import { fromHex } from '../../../src/bytes/hex.js';
import { exchange, selectCommand } from '../../../src/emv/apdu/index.js';
import { c2Kernel } from '../../../src/emv/contactless/c2/index.js';
import type { ContactlessTransaction, KernelOutcome } from '../../../src/emv/contactless/kernel-contract.js';
import { createCaKeyStore } from '../../../src/emv/oda/index.js';
import { createCard, createCardFromProfile, inProcessTransport, testCaPublicKeys, type CardProfile, type Fault } from '../../../src/emulators/card/index.js';
import type { VirtualIcc } from '../../../src/emulators/icc.js';

const caKeys = createCaKeyStore(testCaPublicKeys().map((k) => ({ ...k, expiry: k.expiry })));
const AID = fromHex('A0000000041010');

/** Mastercard-style Kernel 2 values (TACs as Mastercard publishes for M/Chip: denial zero,
 *  online and default F45084800C); limits in minor units of CNY. */
export const KERNEL_CONFIG = {
  DF8123: '5000', // Reader Contactless Floor Limit 50.00
  DF8126: '3000', // Reader CVM Required Limit 30.00
  DF8124: '10000', // Reader Contactless Transaction Limit (No On-device CVM) 100.00
  DF8125: '50000', // Reader Contactless Transaction Limit (On-device CVM) 500.00
  DF8118: '60', // CVM Capability – CVM Required: online PIN, signature
  DF8119: '08', // CVM Capability – No CVM Required: no CVM
  DF811B: '20', // Kernel Configuration: on device cardholder verification supported
  DF8120: 'F45084800C',
  DF8121: '0000000000',
  DF8122: 'F45084800C',
  DF812D: '000013',
} as const;

export const TERMINAL_DATA: ReadonlyMap<number, Uint8Array> = new Map([
  [0x9f1a, fromHex('0156')],
  [0x9f35, fromHex('22')],
  [0x9f33, fromHex('E0F8C8')],
  [0x9f40, fromHex('6000F0A001')],
  [0x9f09, fromHex('0002')],
  [0x9f1e, Uint8Array.from(Buffer.from('POSRT001', 'ascii'))],
  [0x9f53, fromHex('52')],
]);

export interface C2Run {
  readonly profile: string;
  readonly amount?: bigint;
  readonly type?: ContactlessTransaction['type'];
  readonly config?: Readonly<Record<string, unknown>>;
  readonly terminalData?: ReadonlyMap<number, Uint8Array>;
  readonly faults?: readonly Fault[];
  /** A card to tap again (its ATC goes on counting), or an adjusted profile; else one made from `profile`. */
  readonly card?: VirtualIcc;
  readonly cardProfile?: CardProfile;
  /** Called with each C-APDU before the card answers (a test clock moves here). */
  readonly onApdu?: (capdu: Uint8Array) => void;
  /** The kernel's clock, ms; 0 throughout when absent. */
  readonly elapsedMs?: () => number;
  /** The kernel's randomness; 42 bytes when absent. */
  readonly random?: (n: number) => Uint8Array;
}

export interface C2Ran {
  readonly result: KernelOutcome;
  /** APDUs the card answered, SELECT included. */
  readonly apdus: number;
  /** The C-APDUs sent, SELECT included. */
  readonly commands: readonly Uint8Array[];
}

export async function tap(run: C2Run): Promise<C2Ran> {
  const options = { interface: 'contactless' as const, ...(run.faults ? { faults: run.faults } : {}), rng: (n: number) => new Uint8Array(n).fill(0x5a) };
  const card = run.card ?? (run.cardProfile ? createCardFromProfile(run.cardProfile, options) : createCard(run.profile, options));
  card.reset();
  const inner = inProcessTransport(card);
  let apdus = 0;
  const commands: Uint8Array[] = [];
  const transport = {
    transmit: (c: Uint8Array) => {
      apdus++;
      commands.push(Uint8Array.from(c));
      run.onApdu?.(c);
      return inner.transmit(c);
    },
  };
  const selected = await exchange(transport, selectCommand(AID));
  const result = await c2Kernel.run({
    transport,
    aid: AID,
    fci: selected.data,
    indicators: {
      statusCheckRequested: false,
      contactlessApplicationNotAllowed: false,
      zeroAmount: false,
      readerCvmRequiredLimitExceeded: false,
      readerContactlessFloorLimitExceeded: false,
      readerContactlessTransactionLimitExceeded: false,
      ttq: undefined,
    },
    transaction: { type: run.type ?? 'purchase', amount: run.amount ?? 1000n, amountOther: 0n, currencyCode: '0156', currencyExponent: 2 },
    terminalData: run.terminalData ?? TERMINAL_DATA,
    kernelConfig: run.config ?? KERNEL_CONFIG,
    caKeys,
    revoked: [],
    now: () => new Date('2026-11-23T10:00:00Z'),
    elapsedMs: run.elapsedMs ?? (() => 0),
    random: run.random ?? ((n) => new Uint8Array(n).fill(0x42)),
  });
  return { result, apdus, commands };
}
