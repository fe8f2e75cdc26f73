// The serial PIN pad end to end over a real line: socat's pty pair, the emulator process on
// one end (its keys, its keypad fed on stdin), the driver on the other through serialport.
// Online PIN vectors: ANSI X9.24-1:2009 Annex A.4 (BDK 0123456789ABCDEFFEDCBA9876543210, KSN
// FFFF9876543210E00001, PIN 1234, PAN 4012345678909 → 1B9C1845EB993A7A), as reproduced in
// openemv/dukpt test/dukpt_tdes_test.c; AES from the X9.24-3:2017 supplement BDK and IKID.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { exchange, selectCommand, type CardTransport } from '../../../src/emv/apdu/index.js';
import { createCard, inProcessTransport } from '../../../src/emulators/card/index.js';
import { iccKeyPair } from '../../../src/emulators/card/keys/test-keys.js';
import { connect, openSerialLine, PinPadDiscovery, SerialPinPad } from '../../../src/devices/pinpad/index.js';
import { createLogger, DeviceRegistry, type OfflinePinRequest, type OnlinePinRequest } from '../../../src/kernel/index.js';
import {
  decipherPinBlockFormat4,
  decodePinBlock,
  deriveAesInitialKey,
  deriveAesWorkingKey,
  deriveTdesIpek,
  deriveTdesWorkingKey,
  tdesDecryptEcb,
} from '../../../src/security/index.js';
import { rejectionOf } from '../../support/pos-error.js';
import { startRig, type Rig } from './pty-rig.js';
import { DEFAULT_PIN_ENTRY } from '../../../src/payment/pin-pad-port.js';

const TDES_BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const TDES_IKSN = fromHex('FFFF9876543210E00000');
const AES_BDK = fromHex('FEDCBA9876543210F1F1F1F1F1F1F1F1');
const AES_IKSN = fromHex('123456789012345600000000');
const KEY_FILE = {
  identity: { model: 'test pad', serial: 'VPP-TEST-0042', firmware: '9.9.9' },
  slots: [
    // The pad holds the initial keys only; the test derives them from the BDKs like a key room.
    { slot: 1, algorithm: 'tdes', initialKey: toHex(deriveTdesIpek(TDES_BDK, TDES_IKSN)), ksn: toHex(TDES_IKSN) },
    { slot: 2, algorithm: 'aes', initialKey: toHex(deriveAesInitialKey(AES_BDK, AES_IKSN.subarray(0, 8))), ksn: toHex(AES_IKSN) },
  ],
};
const PAN = '4012345678909';

const online = (over: Partial<OnlinePinRequest> = {}): OnlinePinRequest => ({
  ...DEFAULT_PIN_ENTRY,
  pan: PAN,
  amount: 12_345n,
  currency: { code: '156', exponent: 2 },
  timeoutMs: 10_000,
  ...over,
});

let rig: Rig;
let pad: SerialPinPad;

beforeEach(async () => {
  rig = await startRig(KEY_FILE);
  pad = new SerialPinPad(await connect(rig.terminalPath, openSerialLine), openSerialLine);
});

afterEach(async () => {
  await pad.close();
  await rig.stop();
});

/** A virtual Visa card (PIN 1234, 3 tries) with its application selected, as at CVM time. */
async function selectedCard(profile = 'visa'): Promise<CardTransport> {
  const card = inProcessTransport(createCard(profile, { interface: 'contact' }));
  expect((await exchange(card, selectCommand(fromHex('A0000000031010')))).sw).toBe(0x9000);
  return card;
}

async function pinTryCounter(card: CardTransport): Promise<number> {
  const r = await exchange(card, fromHex('80CA9F1700'));
  expect(toHex(r.data.subarray(0, 3))).toBe('9F1701');
  return r.data[3]!;
}

/** Counts the C-APDUs the pad sends through the relay, by INS. */
function watched(card: CardTransport): { relay: CardTransport; ins: string[] } {
  const ins: string[] = [];
  return { ins, relay: { transmit: (capdu) => (ins.push(toHex(capdu.subarray(1, 2))), card.transmit(capdu)) } };
}

describe('serial PIN pad over a pty pair', () => {
  it('is discovered through the registry with the serial number DEVICE INFO reports', async () => {
    await pad.close();
    const registry = new DeviceRegistry({ providers: [new PinPadDiscovery({ paths: [rig.terminalPath] })], log: createLogger({ name: 'test', level: 'silent' }) });
    await registry.start();
    try {
      const found = await registry.waitFor('pin-pad', () => true, 5_000);
      expect(found.identity).toEqual({ id: `pinpad:${rig.terminalPath}`, kind: 'pin-pad', driver: 'pinpad', path: rig.terminalPath, serial: 'VPP-TEST-0042' });
      expect(registry.health().get('pinpad')).toEqual({ state: 'ok' });
    } finally {
      await registry.stop();
    }
  });

  it('returns the X9.24-1 A.4 PIN block for PIN 1234 under the first DUKPT key, then advances the KSN', async () => {
    const progress: number[] = [];
    pad.events.on('pin-progress', ({ digits }) => progress.push(digits));
    const first = pad.getOnlinePin(online());
    await rig.next('awaiting-pin');
    rig.type('1234');
    const r1 = await first;
    expect(r1).toEqual({ kind: 'entered', pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') });
    expect(progress).toEqual([1, 2, 3, 4]);

    const second = pad.getOnlinePin(online());
    await rig.next('awaiting-pin');
    rig.type('987654');
    const r2 = await second;
    if (r2.kind !== 'entered') throw new Error(r2.kind);
    expect(toHex(r2.ksn)).toBe('FFFF9876543210E00002');
    // Deciphered with the key the host derives from the BDK alone.
    const clear = tdesDecryptEcb(deriveTdesWorkingKey(TDES_BDK, r2.ksn, 'pin'), r2.pinBlock);
    expect(decodePinBlock(0, clear, PAN)).toBe('987654');
  });

  it('enciphers an ISO format 4 block under the AES DUKPT PIN key of slot 2', async () => {
    const entry = pad.getOnlinePin(online({ keySlot: 2, format: 'iso4' }));
    await rig.next('awaiting-pin');
    rig.type('24680');
    const r = await entry;
    if (r.kind !== 'entered') throw new Error(r.kind);
    expect(toHex(r.ksn)).toBe('123456789012345600000001');
    expect(decipherPinBlockFormat4(deriveAesWorkingKey(AES_BDK, r.ksn, 'pin-encryption'), r.pinBlock, PAN)).toBe('24680');
  });

  it('verifies a plaintext offline PIN against the virtual card through the relay, and a wrong one costs a try', async () => {
    const { relay, ins } = watched(await selectedCard());
    const request: OfflinePinRequest = { mode: 'plaintext', triesLeft: 3, timeoutMs: 10_000, bypassAllowed: false };

    const wrong = pad.verifyOfflinePin(request, relay);
    expect(await rig.next('awaiting-pin')).toEqual({ event: 'awaiting-pin', mode: 'offline', triesLeft: 3 });
    rig.type('9999');
    expect(await wrong).toEqual({ kind: 'wrong', triesLeft: 2 });
    expect(await pinTryCounter(relay)).toBe(2);

    const right = pad.verifyOfflinePin({ ...request, triesLeft: 2 }, relay);
    await rig.next('awaiting-pin');
    rig.type('1234');
    expect(await right).toEqual({ kind: 'verified' });
    // The card restores its counter on a verified PIN; only VERIFYs (INS 20) came from the pad.
    expect(await pinTryCounter(relay)).toBe(3);
    expect(ins.filter((i) => i === '20')).toHaveLength(2);
  });

  it('verifies an enciphered offline PIN under the card\'s ICC key with the challenge the card gave', async () => {
    const card = await selectedCard('enciphered-pin');
    const challenge = await exchange(card, fromHex('0084000000'));
    expect(challenge.data).toHaveLength(8);
    const { modulus, exponent } = iccKeyPair('visa');
    const { relay, ins } = watched(card);
    const result = pad.verifyOfflinePin({ mode: 'enciphered', key: { modulus, exponent }, challenge: challenge.data, triesLeft: 3, timeoutMs: 10_000, bypassAllowed: false }, relay);
    await rig.next('awaiting-pin');
    rig.type('1234');
    expect(await result).toEqual({ kind: 'verified' });
    expect(ins).toEqual(['20']);

    // A second VERIFY on the same (spent) challenge does not verify: the card checks it.
    const replay = pad.verifyOfflinePin({ mode: 'enciphered', key: { modulus, exponent }, challenge: challenge.data, triesLeft: 3, timeoutMs: 10_000, bypassAllowed: false }, relay);
    await rig.next('awaiting-pin');
    rig.type('1234');
    expect(await replay).toEqual({ kind: 'wrong', triesLeft: 2 });
  });

  it('ends an entry in progress with cancelled when the terminal cancels', async () => {
    const entry = pad.getOnlinePin(online());
    await rig.next('awaiting-pin');
    await pad.cancel();
    expect(await entry).toEqual({ kind: 'cancelled' });
    expect(await rig.next('entry-ended')).toEqual({ event: 'entry-ended', result: 'cancelled' });
  });

  it('reports the cardholder letting the entry time run out as timeout, and bypass when allowed', async () => {
    const entry = pad.getOnlinePin(online({ timeoutMs: 1_000 }));
    await rig.next('awaiting-pin');
    expect(await entry).toEqual({ kind: 'timeout' });
    const bypass = pad.getOnlinePin(online({ bypassAllowed: true }));
    await rig.next('awaiting-pin');
    rig.type('bypass');
    expect(await bypass).toEqual({ kind: 'bypassed' });
  });

  it('refuses a slot with no key with E-PINPAD-0007 and shows prompts', async () => {
    expect((await rejectionOf(pad.getOnlinePin(online({ keySlot: 9 })))).code).toBe('E-PINPAD-0007');
    await pad.showPrompt({ kind: 'enter-pin', amount: 12_345n, currencyCode: '0156' });
    await pad.showPrompt({ kind: 'message', text: '请插卡 insert card' });
    expect(rig.events.filter((e) => e.event === 'display')).toEqual([
      { event: 'display', prompt: 'enter-pin', text: '12345 156' },
      { event: 'display', prompt: 'message', text: '请插卡 insert card' },
    ]);
  });

  it('reads frames past garbage on the line and still answers', async () => {
    rig.type(`noise ${'5AA5FF00'.repeat(16)}0200`);
    const entry = pad.getOnlinePin(online());
    await rig.next('awaiting-pin');
    rig.type('noise 0203FFFF41');
    rig.type('1234');
    expect(await entry).toEqual({ kind: 'entered', pinBlock: fromHex('1B9C1845EB993A7A'), ksn: fromHex('FFFF9876543210E00001') });
    expect(pad.health()).toEqual({ state: 'ok' });
  });

  it('fails with E-PINPAD-0001 when the pad goes silent, and recovers when it answers again', async () => {
    rig.pad.kill('SIGSTOP');
    const error = await rejectionOf(pad.showPrompt({ kind: 'pin-ok' }));
    expect(error.code).toBe('E-PINPAD-0001');
    expect(pad.health()).toEqual({ state: 'degraded', code: 'E-PINPAD-0001' });
    rig.pad.kill('SIGCONT');
    await pad.showPrompt({ kind: 'pin-ok' });
    expect(pad.health()).toEqual({ state: 'ok' });
  });

  it('fails the entry in progress with E-PINPAD-0004 when the line drops, and the device is failed', async () => {
    const entry = pad.getOnlinePin(online());
    await rig.next('awaiting-pin');
    rig.socat.kill('SIGKILL');
    expect((await rejectionOf(entry)).code).toBe('E-PINPAD-0004');
    expect(pad.health()).toEqual({ state: 'failed', code: 'E-PINPAD-0004' });
    expect((await rejectionOf(pad.showPrompt({ kind: 'pin-ok' }))).code).toBe('E-DEV-0002');
  });
});
