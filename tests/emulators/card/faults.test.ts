// Fault injection and the in-process transport: removal, latency, damaged responses and forced
// status words, each at the APDU or instruction named.
import { describe, expect, it } from 'vitest';
import { getDataCommand, getProcessingOptionsCommand, readRecordCommand, selectCommand } from '../../../src/emv/apdu/commands.js';
import { decodeTlv, findValue } from '../../../src/emv/tlv/index.js';
import { isPosError } from '../../../src/errors/index.js';
import { createCard, inProcessTransport, type Fault } from '../../../src/emulators/card/index.js';
import { fromHex, toHex } from './session.js';

const VISA = fromHex('A0000000031010');

function faulty(faults: readonly Fault[], slept: number[] = []) {
  return createCard('visa', { interface: 'contact', faults, clock: { sleep: async (ms) => void slept.push(ms) } });
}

describe('removal', () => {
  it('rejects the Nth APDU with E-EMU-0001 through the in-process transport, and the card comes back fresh', async () => {
    const transport = inProcessTransport(faulty([{ kind: 'removal', atApdu: 3 }]));
    await transport.transmit(selectCommand(VISA));
    await transport.transmit(getProcessingOptionsCommand(fromHex('0840')));
    const removed = await transport.transmit(readRecordCommand(1, 1)).catch((e: unknown) => e);
    expect(isPosError(removed) && removed.code).toBe('E-EMU-0001');
    // Volatile state went with the card: nothing is selected ...
    expect(toHex((await transport.transmit(readRecordCommand(1, 1))).subarray(-2))).toBe('6A83');
    // ... but the ATC the torn transaction used stays counted.
    await transport.transmit(selectCommand(VISA));
    const atc = decodeTlv((await transport.transmit(getDataCommand(0x9f36))).subarray(0, -2));
    expect(toHex(findValue(atc, 0x9f36)!)).toBe('0011');
  });

  it('says removed as the VirtualIcc reply kind', async () => {
    const card = faulty([{ kind: 'removal', atApdu: 1 }]);
    expect((await card.transmit(selectCommand(VISA))).kind).toBe('removed');
    expect((await card.transmit(selectCommand(VISA))).kind).toBe('response');
  });
});

describe('latency', () => {
  it('waits the given time on the injected clock before every APDU', async () => {
    const slept: number[] = [];
    const transport = inProcessTransport(faulty([{ kind: 'latency', ms: 250 }], slept));
    await transport.transmit(selectCommand(VISA));
    await transport.transmit(getProcessingOptionsCommand(fromHex('0840')));
    expect(slept).toEqual([250, 250]);
  });
});

describe('malformed responses', () => {
  it('truncates the data of APDU N and keeps its status word, so the TLV no longer decodes', async () => {
    const transport = inProcessTransport(faulty([{ kind: 'malformed-response', atApdu: 1, damage: 'truncated' }]));
    const rapdu = await transport.transmit(selectCommand(VISA));
    expect(toHex(rapdu.subarray(-2))).toBe('9000');
    expect(() => decodeTlv(rapdu.subarray(0, -2))).toThrow();
    // The next answer is whole again.
    expect(decodeTlv((await transport.transmit(selectCommand(VISA))).subarray(0, -2))[0]!.tag).toBe(0x6f);
  });

  it('adds one to the first length byte of APDU N', async () => {
    const clean = await inProcessTransport(createCard('visa', { interface: 'contact' })).transmit(selectCommand(VISA));
    const transport = inProcessTransport(faulty([{ kind: 'malformed-response', atApdu: 1, damage: 'wrong-length' }]));
    const rapdu = await transport.transmit(selectCommand(VISA));
    expect(rapdu[1]).toBe(clean[1]! + 1);
    expect(toHex(rapdu.subarray(2))).toBe(toHex(clean.subarray(2)));
    expect(() => decodeTlv(rapdu.subarray(0, -2))).toThrow();
  });
});

describe('forced status words', () => {
  it('answers only the given status word at APDU N, without executing the command', async () => {
    const transport = inProcessTransport(faulty([{ kind: 'status-word', sw: 0x6581, when: { apdu: 2 } }]));
    await transport.transmit(selectCommand(VISA));
    expect(toHex(await transport.transmit(getProcessingOptionsCommand(fromHex('0840'))))).toBe('6581');
    expect(toHex((await transport.transmit(getProcessingOptionsCommand(fromHex('0840')))).subarray(-2))).toBe('9000');
  });

  it('answers the given status word to every command with the given INS', async () => {
    const transport = inProcessTransport(faulty([{ kind: 'status-word', sw: 0x6a81, when: { ins: 0xa8 } }]));
    await transport.transmit(selectCommand(VISA));
    for (let i = 0; i < 2; i++) expect(toHex(await transport.transmit(getProcessingOptionsCommand(fromHex('0840'))))).toBe('6A81');
    expect(toHex((await transport.transmit(selectCommand(VISA))).subarray(-2))).toBe('9000');
  });
});
