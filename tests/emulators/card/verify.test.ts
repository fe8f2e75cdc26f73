// VERIFY with a plaintext PIN (EMV Book 3 §6.5.12) and GET CHALLENGE (§6.5.6).
import { describe, expect, it } from 'vitest';
import { getChallengeCommand, getDataCommand, selectCommand, verifyCommand } from '../../../src/emv/apdu/commands.js';
import { findValue } from '../../../src/emv/tlv/index.js';
import { iccKeyPair } from '../../../src/emulators/card/keys/test-keys.js';
import { encipherOfflinePin } from '../../../src/security/index.js';
import { card, fromHex, ok, send, toHex } from './session.js';

/** ISO 9564 format 2: 2L, the digits, F filler to 8 bytes. */
function pinBlock(pin: string): Uint8Array {
  return fromHex(`2${pin.length.toString(16)}${pin}`.padEnd(16, 'F'));
}

async function selected(profile = 'visa') {
  const c = card(profile);
  await ok(c, selectCommand(fromHex(profile === 'unionpay' ? 'A000000333010101' : 'A0000000031010')));
  return c;
}

async function tries(c: Awaited<ReturnType<typeof selected>>): Promise<string> {
  return toHex(findValue(await ok(c, getDataCommand(0x9f17)), 0x9f17)!);
}

describe('VERIFY (plaintext PIN)', () => {
  it('accepts the right PIN with 9000', async () => {
    const c = await selected();
    expect((await send(c, verifyCommand(pinBlock('1234'), 'plaintext'))).sw).toBe(0x9000);
    expect(await tries(c)).toBe('03');
  });

  it('accepts a 6-digit PIN (UnionPay profile)', async () => {
    const c = await selected('unionpay');
    expect((await send(c, verifyCommand(pinBlock('123456'), 'plaintext'))).sw).toBe(0x9000);
  });

  it('counts wrong PINs down with 63Cx, then blocks with 6983 even for the right PIN, across power-off', async () => {
    const c = await selected();
    expect((await send(c, verifyCommand(pinBlock('0000'), 'plaintext'))).sw).toBe(0x63c2);
    expect((await send(c, verifyCommand(pinBlock('1111'), 'plaintext'))).sw).toBe(0x63c1);
    c.powerOff();
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect(await tries(c)).toBe('01');
    expect((await send(c, verifyCommand(pinBlock('2222'), 'plaintext'))).sw).toBe(0x63c0);
    expect((await send(c, verifyCommand(pinBlock('1234'), 'plaintext'))).sw).toBe(0x6983);
    expect(await tries(c)).toBe('00');
  });

  it('restores the try counter when the right PIN follows a wrong one', async () => {
    const c = await selected();
    expect((await send(c, verifyCommand(pinBlock('9999'), 'plaintext'))).sw).toBe(0x63c2);
    expect((await send(c, verifyCommand(pinBlock('1234'), 'plaintext'))).sw).toBe(0x9000);
    expect(await tries(c)).toBe('03');
  });

  it('answers 6A80 to a block that is not format 2 and 6700 to a short one, without costing a try', async () => {
    const c = await selected();
    expect((await send(c, verifyCommand(fromHex('041234FFFFFFFFFF'), 'plaintext'))).sw).toBe(0x6a80);
    expect((await send(c, verifyCommand(fromHex('241234FFFFFFFF1F'), 'plaintext'))).sw).toBe(0x6a80);
    expect((await send(c, verifyCommand(fromHex('241234'), 'plaintext'))).sw).toBe(0x6700);
    expect(await tries(c)).toBe('03');
  });
});

describe('GET CHALLENGE', () => {
  it('answers 8 bytes from the injected RNG', async () => {
    const c = card('visa');
    const first = await send(c, getChallengeCommand());
    const second = await send(c, getChallengeCommand());
    expect(first.sw).toBe(0x9000);
    expect(toHex(first.data)).toBe('0102030405060708');
    expect(toHex(second.data)).toBe('090A0B0C0D0E0F10');
  });
});

describe('VERIFY (enciphered PIN, Book 2 §7.2)', () => {
  const icc = iccKeyPair('visa');
  const encipher = (pin: string, challenge: Uint8Array) => encipherOfflinePin(pinBlock(pin), challenge, icc, (n) => new Uint8Array(n).fill(0x55));

  async function challenged() {
    const c = await selected('enciphered-pin');
    const challenge = (await send(c, getChallengeCommand())).data.slice();
    return { c, challenge };
  }

  it('accepts the right PIN enciphered under the ICC key with the challenge just given', async () => {
    const { c, challenge } = await challenged();
    expect((await send(c, verifyCommand(encipher('1234', challenge), 'enciphered'))).sw).toBe(0x9000);
  });

  it('counts a wrong PIN, a stale challenge and a replayed block as wrong PINs', async () => {
    const { c, challenge } = await challenged();
    expect((await send(c, verifyCommand(encipher('0000', challenge), 'enciphered'))).sw).toBe(0x63c2);
    // The same challenge again: used once already, so even the right PIN fails.
    expect((await send(c, verifyCommand(encipher('1234', challenge), 'enciphered'))).sw).toBe(0x63c1);
    const fresh = (await send(c, getChallengeCommand())).data.slice();
    expect((await send(c, verifyCommand(encipher('1234', fresh), 'enciphered'))).sw).toBe(0x9000);
  });

  it('refuses P2 88 on an SDA card with no key to decipher it (6A86), and a block of the wrong length (6700)', async () => {
    const sda = await selected('sda-card');
    expect((await send(sda, verifyCommand(new Uint8Array(128), 'enciphered'))).sw).toBe(0x6a86);
    const { c } = await challenged();
    expect((await send(c, verifyCommand(new Uint8Array(16), 'enciphered'))).sw).toBe(0x6700);
  });
});
