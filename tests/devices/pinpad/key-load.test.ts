// Key load and key check values over the real line, through the driver's command client (the
// PinPad capability has no key verbs; key download will drive these commands). The TR-31 B1
// block is wrapped here per TR-31:2018 §A.3 key derivation binding (version B); the unwrap it
// must pass is src/security/tr31.ts, itself checked against TR-31 A.7 and payShield vectors.
// The refused block is TR-31:2018 A.7.2.2 (a PIN key, usage P0), via openemv/tr31.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../../src/bytes/hex.js';
import { connect, openSerialLine, SerialPinPad, type Connection } from '../../../src/devices/pinpad/index.js';
import { PosError } from '../../../src/errors/index.js';
import { CMD, STATUS } from '../../../src/wire/pinpad/codes.js';
import { deriveTdesIpek, deriveTdesWorkingKey, tdesCmac, tdesDecryptEcb, tdesEncryptCbc, tdesKeyCheckValue, decodePinBlock } from '../../../src/security/index.js';
import { startRig, type Rig } from './pty-rig.js';

const KBPK = fromHex('DD7515F2BFC17F85CE48F3CA25CB21F6');
const BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
const KSN = fromHex('FFFF9876543210E00000');
const IPEK = deriveTdesIpek(BDK, KSN);
const A722_BLOCK = 'B0080P0TE00E000094B420079CC80BA3461F86FE26EFC4A3B8E4FA4C5F5341176EED7B727B8A248E';

function bindingKey(usage: number): Uint8Array {
  const part = (counter: number) => tdesCmac(KBPK, Uint8Array.of(counter, usage >> 8, usage & 0xff, 0x00, 0x00, 0x00, 0x00, 0x80));
  return concatBytes(part(1), part(2));
}

function wrapB1(key: Uint8Array): string {
  const payload = concatBytes(Uint8Array.of(0x00, 0x80), key, new Uint8Array(6).fill(0x5a));
  const header = `B${(16 + payload.length * 2 + 16).toString().padStart(4, '0')}B1TX00N0000`;
  const mac = tdesCmac(bindingKey(0x0001), concatBytes(new TextEncoder().encode(header), payload));
  return header + toHex(tdesEncryptCbc(bindingKey(0x0000), payload, mac)) + toHex(mac);
}

let rig: Rig;
let connection: Connection;

beforeEach(async () => {
  rig = await startRig({ kbpk: toHex(KBPK), slots: [] });
  connection = await connect(rig.terminalPath, openSerialLine);
});

afterEach(async () => {
  await connection.client.close(new PosError('E-DEV-0002', { id: 'key-load test' }));
  await rig.stop();
});

const ask = (cmd: number, payload: Uint8Array) => connection.client.request(cmd, payload, { answerWithinMs: 2_000 });

describe('key load over the pty', () => {
  it('loads an initial DUKPT key from a TR-31 B1 block, answers its KCV, and enciphers under it', async () => {
    const block = new TextEncoder().encode(wrapB1(IPEK));
    const loaded = await ask(CMD.keyLoad, Uint8Array.of(3, KSN.length, ...KSN, ...block));
    expect(loaded.status).toBe(STATUS.ok);
    expect(toHex(loaded.body)).toBe('03' + toHex(tdesKeyCheckValue(IPEK)));

    const check = await ask(CMD.keyCheck, Uint8Array.of(3));
    expect(toHex(check.body)).toBe('03' + toHex(tdesKeyCheckValue(IPEK)) + '0A' + toHex(KSN));
    expect((await ask(CMD.keyCheck, Uint8Array.of(4))).status).toBe(STATUS.noKey);

    const pad = new SerialPinPad(connection, openSerialLine);
    const entry = pad.getOnlinePin({ pan: '4012345678909', amount: 1n, currency: { code: '156', exponent: 2 }, format: 'iso0', keySlot: 3, minLength: 4, maxLength: 12, timeoutMs: 10_000, bypassAllowed: false });
    await rig.next('awaiting-pin');
    rig.type('1234');
    const r = await entry;
    if (r.kind !== 'entered') throw new Error(r.kind);
    expect(decodePinBlock(0, tdesDecryptEcb(deriveTdesWorkingKey(BDK, r.ksn, 'pin'), r.pinBlock), '4012345678909')).toBe('1234');
  });

  it('refuses a block that is not an initial DUKPT key, and one changed in transit', async () => {
    const refuse = async (block: string) => (await ask(CMD.keyLoad, Uint8Array.of(3, KSN.length, ...KSN, ...new TextEncoder().encode(block)))).status;
    expect(await refuse(A722_BLOCK)).toBe(STATUS.keyRefused);
    const good = wrapB1(IPEK);
    expect(await refuse(good.slice(0, 20) + (good[20] === '0' ? '1' : '0') + good.slice(21))).toBe(STATUS.keyRefused);
    expect((await ask(CMD.keyCheck, Uint8Array.of(3))).status).toBe(STATUS.noKey);
  });

  it('beeps, and answers an unknown command with its status', async () => {
    expect((await ask(CMD.beep, Uint8Array.of(2, 0x00, 0x96))).status).toBe(STATUS.ok);
    expect(await rig.next('beep')).toEqual({ event: 'beep', count: 2, durationMs: 150 });
    expect((await ask(0x33, new Uint8Array(0))).status).toBe(STATUS.unknownCommand);
  });
});
