// GET PROCESSING OPTIONS, READ RECORD and GET DATA (EMV Book 3 §6.5.7, §6.5.8, §6.5.11).
import { describe, expect, it } from 'vitest';
import { getDataCommand, getProcessingOptionsCommand, readRecordCommand, selectCommand } from '../../../src/emv/apdu/commands.js';
import { decodeTlv, encodeTlv, findValue, type TlvInput, type TlvNode } from '../../../src/emv/tlv/index.js';
import { getProfile, listProfiles, type CardProfile } from '../../../src/emulators/card/index.js';
import { card, fromHex, initiate, ok, recordData, send, toHex } from './session.js';

function asInput(n: TlvNode): TlvInput {
  return n.kind === 'constructed' ? { tag: n.tag, children: n.children.map(asInput) } : { tag: n.tag, value: n.value };
}

async function atc(c: ReturnType<typeof card>): Promise<number> {
  const nodes = await ok(c, getDataCommand(0x9f36));
  return parseInt(toHex(findValue(nodes, 0x9f36)!), 16);
}

describe('GET PROCESSING OPTIONS', () => {
  it('answers format 1 (80: AIP || AFL) for Visa', async () => {
    const c = card('visa');
    await ok(c, selectCommand(fromHex('A0000000031010')));
    const nodes = await ok(c, getProcessingOptionsCommand(fromHex('0840')));
    expect(nodes[0]!.tag).toBe(0x80);
    // AIP 3C00, then AFL entries: SFI 1 rec 1 (0 signed), SFI 2 recs 1-2 (2 signed), SFI 3 recs 1-2 (0 signed).
    expect(toHex(nodes[0]!.value)).toBe('3C00' + '08010100' + '10010202' + '18010200');
  });

  it('answers format 2 (77 with 82 and 94) for Mastercard, with the SFI 12 signed record in the AFL', async () => {
    const c = card('mastercard');
    await ok(c, selectCommand(fromHex('A0000000041010')));
    const nodes = await ok(c, getProcessingOptionsCommand(fromHex('22')));
    expect(nodes[0]!.tag).toBe(0x77);
    expect(toHex(findValue(nodes, 0x82)!)).toBe('3D00');
    expect(toHex(findValue(nodes, 0x94)!)).toBe('08010100' + '10010101' + '18010200' + '60010101');
  });

  it('answers 6700 when the PDOL data has the wrong length, and counts no transaction', async () => {
    const c = card('visa');
    await ok(c, selectCommand(fromHex('A0000000031010')));
    const before = await atc(c);
    expect((await send(c, getProcessingOptionsCommand(fromHex('084000')))).sw).toBe(0x6700);
    expect((await send(c, getProcessingOptionsCommand(new Uint8Array(0)))).sw).toBe(0x6700);
    expect(await atc(c)).toBe(before);
  });

  it('answers 6985 when the profile refuses processing', async () => {
    const base = getProfile('visa');
    const refusing: CardProfile = { ...base, applications: base.applications.map((a) => ({ ...a, processingOptions: { kind: 'conditions-not-satisfied', aip: '3C00' } })) };
    const c = card(refusing);
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect((await send(c, getProcessingOptionsCommand(fromHex('0840')))).sw).toBe(0x6985);
  });

  it('answers 6985 to a second GPO in the same selection and before any selection', async () => {
    const c = card('visa');
    expect((await send(c, getProcessingOptionsCommand(fromHex('0840')))).sw).toBe(0x6985);
    await ok(c, selectCommand(fromHex('A0000000031010')));
    await ok(c, getProcessingOptionsCommand(fromHex('0840')));
    expect((await send(c, getProcessingOptionsCommand(fromHex('0840')))).sw).toBe(0x6985);
  });

  it('uses the contactless PDOL on the contactless interface', async () => {
    const c = card('visa', 'contactless');
    const session = await initiate(c, 'A0000000031010');
    expect(session.pdolData).toHaveLength(4 + 6 + 6 + 2 + 5 + 2 + 3 + 1 + 4);
  });
});

describe('READ RECORD', () => {
  // A blocked application (the blocked-app variant) answers SELECT with 6283 and is not initiated;
  // contactless-only mag-stripe cards hold tracks, not EMV records (magstripe.test.ts).
  it.each(listProfiles().flatMap((p) => getProfile(p.name).applications.filter((a) => a.blocked !== true && a.contact !== undefined).map((a) => [p.name, a.aid] as const)))(
    '%s %s: every AFL record is a 70 template that decodes and re-encodes to the same bytes',
    async (profile, aid) => {
      const session = await initiate(card(profile), aid);
      expect(session.records.size).toBeGreaterThanOrEqual(3);
      for (const record of session.records.values()) {
        const nodes = decodeTlv(record);
        expect(nodes).toHaveLength(1);
        expect(nodes[0]!.tag).toBe(0x70);
        expect(toHex(encodeTlv(nodes.map(asInput)))).toBe(toHex(record));
      }
      const data = recordData(session.records);
      expect(data.get('5A')).toBeDefined();
      expect(data.get('8C')).toBeDefined();
      // The missing-certificates fault variant is the one card without its CA index.
      expect(data.get('8F') === undefined).toBe(profile === 'missing-certificates');
    },
  );

  it('answers 6A83 for a record the card does not hold and 6A86 for a bad P2', async () => {
    const c = card('visa');
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect((await send(c, readRecordCommand(1, 9))).sw).toBe(0x6a83);
    expect((await send(c, readRecordCommand(11, 1))).sw).toBe(0x6a83);
    expect((await send(c, fromHex('00B2010B00'))).sw).toBe(0x6a86);
  });
});

describe('GET DATA', () => {
  it('ATC increments on every GPO and survives reset and power-off', async () => {
    const c = card('visa');
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect(await atc(c)).toBe(0x10);
    for (const expected of [0x11, 0x12]) {
      await ok(c, selectCommand(fromHex('A0000000031010')));
      await ok(c, getProcessingOptionsCommand(fromHex('0840')));
      expect(await atc(c)).toBe(expected);
    }
    c.reset();
    c.powerOff();
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect(await atc(c)).toBe(0x12);
  });

  it('answers 9F13, 9F17 and 9F4F, and 6A88 for a tag it does not give out', async () => {
    const c = card('visa');
    await ok(c, selectCommand(fromHex('A0000000031010')));
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f13)), 0x9f13)!)).toBe('000F');
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f17)), 0x9f17)!)).toBe('03');
    expect(toHex(findValue(await ok(c, getDataCommand(0x9f4f)), 0x9f4f)!)).toBe('9F27019F02065F2A029A039F3602');
    expect((await send(c, getDataCommand(0x5a))).sw).toBe(0x6a88);
  });
});
