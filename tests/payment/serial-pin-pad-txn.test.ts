// Whole contact transactions (the kernel on the in-process virtual card) whose PIN comes from
// the serial PIN pad: the emulator process on a socat pty, the real driver, and the payment
// layer's port between the kernel's PinPad and cardholder verification (EMV Book 3 §10.5,
// Book 4 §6.3.4). Online PIN: the block is checked with the key the host derives from the BDK
// alone (ANSI X9.24-1:2009 Annex A test BDK 0123456789ABCDEFFEDCBA9876543210, initial KSN
// FFFF9876543210E00000, as in openemv/dukpt test/dukpt_tdes_test.c). Offline PIN: the pad
// builds VERIFY and the virtual card checks it through the relay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { connect, openSerialLine, SerialPinPad } from '../../src/devices/pinpad/index.js';
import type { PosError } from '../../src/errors/index.js';
import { DEFAULT_PIN_ENTRY, pinPadPort, type PinEntrySettings } from '../../src/payment/pin-pad-port.js';
import { decodePinBlock, deriveTdesIpek, deriveTdesWorkingKey, tdesDecryptEcb } from '../../src/security/index.js';
import { rejectionOf } from '../support/pos-error.js';
import { recordOf, transact, tvrWith } from '../emulators/card/transaction.js';
import { startRig, type Rig } from '../devices/pinpad/pty-rig.js';

const BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const IKSN = fromHex('FFFF9876543210E00000');
const KEY_FILE = { slots: [{ slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(BDK, IKSN)), ksn: toHex(IKSN) }] };
const SETTINGS: PinEntrySettings = { ...DEFAULT_PIN_ENTRY, amount: 1234n, currency: { code: '156', exponent: 2 }, timeoutMs: 10_000 };

let rig: Rig;
let pad: SerialPinPad;
let faults: PosError[];

beforeEach(async () => {
  rig = await startRig(KEY_FILE);
  pad = new SerialPinPad(await connect(rig.terminalPath, openSerialLine), openSerialLine);
  faults = [];
});

afterEach(async () => {
  await pad.close();
  await rig.stop();
});

const port = (settings: PinEntrySettings = SETTINGS) => pinPadPort(pad, settings, (e) => faults.push(e));

/** The cardholder at the pad: types each PIN in turn when the pad asks for one. */
async function cardholder(...pins: string[]): Promise<void> {
  for (const pin of pins) {
    await rig.next('awaiting-pin');
    rig.type(pin);
  }
}

describe('a contact transaction with the serial PIN pad', () => {
  it('sends the online PIN block and KSN from the pad to the issuer; the host deciphers PIN 1234 under the DUKPT key of that KSN', async () => {
    // The UnionPay card's CVM list starts 42 03: enciphered PIN online, if the terminal supports it.
    const [r] = await Promise.all([transact({ profile: 'unionpay', pinPad: port() }), cardholder('1234')]);
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(recordOf(r).cvmResults)).toBe('420300');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('sdaSelected', 'transactionExceedsFloorLimit', 'onlineCvmCaptured'));
    const request = r.requests[0]!;
    const block = request.onlinePinBlock!;
    expect(toHex(block.ksn)).toBe('FFFF9876543210E00001');
    const clear = tdesDecryptEcb(deriveTdesWorkingKey(BDK, block.ksn, 'pin'), block.pinBlock);
    expect(decodePinBlock(0, clear, request.pan)).toBe('1234');
    expect(rig.events).toContainEqual({ event: 'awaiting-pin', mode: 'online' });
  });

  it('has the card verify a plaintext offline PIN the pad sends through the relay, after one wrong PIN', async () => {
    // The Visa card's CVM list starts 41 03: plaintext PIN by ICC; its PIN is 1234, 3 tries.
    const [r] = await Promise.all([transact({ profile: 'visa', pinPad: port() }), cardholder('9999', '1234')]);
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(recordOf(r).cvmResults)).toBe('410302');
    expect(rig.events.filter((e) => e.event === 'awaiting-pin')).toEqual([
      { event: 'awaiting-pin', mode: 'offline', triesLeft: 3 },
      { event: 'awaiting-pin', mode: 'offline', triesLeft: 2 },
    ]);
    // Book 4 §11.2: Enter PIN with the amount, Incorrect PIN with the tries left, PIN OK.
    expect(rig.events.filter((e) => e.event === 'display')).toEqual([
      { event: 'display', prompt: 'enter-pin', text: '1234 156' },
      { event: 'display', prompt: 'incorrect-pin', text: '2' },
      { event: 'display', prompt: 'enter-pin', text: '1234 156' },
      { event: 'display', prompt: 'pin-ok' },
    ]);
    expect(faults).toEqual([]);
  });

  it('has the card verify an enciphered offline PIN the pad enciphers under the ICC key', async () => {
    const [r] = await Promise.all([transact({ profile: 'enciphered-pin', pinPad: port() }), cardholder('1234')]);
    expect(r.outcome.kind).toBe('approved');
    expect(toHex(recordOf(r).cvmResults)).toBe('440302');
  });

  it('goes on to signature with "PIN pad not present or not working" when the line drops during entry, and reports the code', async () => {
    const lose = rig.next('awaiting-pin').then(() => rig.socat.kill('SIGKILL'));
    const [r] = await Promise.all([transact({ profile: 'visa', pinPad: port() }), lose]);
    // 41 03 and 42 03 both need the pad; 1E 03 signature is what is left.
    expect(toHex(recordOf(r).cvmResults)).toBe('1E0300');
    expect(toHex(recordOf(r).tvr)).toBe(tvrWith('pinPadNotPresentOrNotWorking', 'transactionExceedsFloorLimit'));
    expect(recordOf(r).signatureRequired).toBe(true);
    expect(faults.map((f) => f.code)).toEqual(['E-PINPAD-0004', 'E-DEV-0002']);
  });

  it('refuses settings the pad cannot carry with E-PINPAD-0012 naming the field', async () => {
    const refused = async (over: Partial<PinEntrySettings>) => rejectionOf(Promise.resolve().then(() => port({ ...SETTINGS, ...over })));
    expect((await refused({ amount: 10n ** 12n })).context).toEqual({ field: 'amount' });
    expect((await refused({ currency: { code: '15', exponent: 2 } })).context).toEqual({ field: 'currency' });
    expect((await refused({ keySlot: 256 })).context).toEqual({ field: 'keySlot' });
    expect((await refused({ minLength: 3 })).code).toBe('E-PINPAD-0012');
  });
});
