// Test support for the Kernel 3 and Kernel 7 tests: a virtual contactless card with its
// application selected by hand (SELECT by AID, EMV Book 1 §11.3 / Book B §3.3.3), and the
// KernelActivation Entry Point would build for it (Book B §3.4.1), with a fixed clock and
// unpredictable number.
import { fromHex } from '../../../src/bytes/hex.js';
import { createCardFromProfile, getProfile, inProcessTransport, testCaPublicKeys, type CardProfile, type Fault } from '../../../src/emulators/card/index.js';
import type { QuickProfile } from '../../../src/emulators/card/quick-profile.js';
import { exchange, selectCommand } from '../../../src/emv/apdu/index.js';
import type { KernelActivation } from '../../../src/emv/contactless/kernel-contract.js';
import { createCaKeyStore } from '../../../src/emv/oda/index.js';

export const VISA_AID = 'A0000000031010';
export const UNIONPAY_AID = 'A000000333010101';
export const UNIONPAY_CREDIT_AID = 'A000000333010102';
export const UNPREDICTABLE_NUMBER = fromHex('11223344');

/** Book A §5.7 Table 5-4 TTQ: EMV mode, contact chip, online PIN, signature, ODA for online
 *  (byte 1 = 37); byte 2 as pre-processing sets it; byte 3 b7 consumer device CVM supported. */
export const TTQ = {
  noCvm: '37004000',
  cvmRequired: '37404000',
  onlineCryptogramRequired: '37804000',
  offlineOnly: '3F004000',
} as const;

export interface Tap {
  readonly profile: string | CardProfile;
  readonly aid?: string;
  readonly amount: bigint;
  readonly ttq: string;
  readonly currencyCode?: string;
  readonly faults?: readonly Fault[];
  readonly now?: Date;
  readonly caKeys?: boolean;
}

/** A profile with its (single) application's quick data changed. */
export function withQuick(name: string, change: Partial<QuickProfile>, expiry?: string): CardProfile {
  const base = getProfile(name);
  return {
    ...base,
    applications: base.applications.map((app) => ({
      ...app,
      contactless: { ...app.contactless!, quick: { ...app.contactless!.quick!, ...change } },
      records: expiry === undefined ? app.records : app.records.map((r) => ({ ...r, data: r.data.map(([t, v]) => (t === '5F24' ? ([t, expiry] as const) : ([t, v] as const))) })),
    })),
  };
}

export async function activation(tap: Tap): Promise<KernelActivation> {
  const profile = typeof tap.profile === 'string' ? getProfile(tap.profile) : tap.profile;
  const icc = createCardFromProfile(profile, { interface: 'contactless', rng: (n) => new Uint8Array(n).fill(0x42), ...(tap.faults ? { faults: tap.faults } : {}) });
  icc.reset();
  const transport = inProcessTransport(icc);
  const aid = fromHex(tap.aid ?? profile.applications[0]!.aid);
  const selected = await exchange(transport, selectCommand(aid));
  if (selected.sw !== 0x9000) throw new Error(`SELECT answered ${selected.sw.toString(16)}`);
  const ttq = fromHex(tap.ttq);
  const currencyCode = tap.currencyCode ?? '0840';
  return {
    transport,
    aid,
    fci: selected.data,
    indicators: {
      statusCheckRequested: false,
      contactlessApplicationNotAllowed: false,
      zeroAmount: tap.amount === 0n,
      readerCvmRequiredLimitExceeded: (ttq[1]! & 0x40) !== 0,
      readerContactlessFloorLimitExceeded: false,
      readerContactlessTransactionLimitExceeded: false,
      ttq,
    },
    transaction: { type: 'purchase', amount: tap.amount, amountOther: 0n, currencyCode, currencyExponent: 2 },
    terminalData: new Map([
      [0x9f1a, fromHex(currencyCode)],
      [0x9f35, fromHex('22')],
      [0x9f33, fromHex('E0F8C8')],
      [0x9f09, fromHex('0096')],
      [0x9f66, ttq],
    ]),
    kernelConfig: {},
    caKeys: createCaKeyStore(tap.caKeys === false ? [] : testCaPublicKeys()),
    revoked: [],
    now: () => tap.now ?? new Date('2026-11-23T16:00:00Z'),
    elapsedMs: () => 0,
    random: (n) => UNPREDICTABLE_NUMBER.slice(0, n),
  };
}
